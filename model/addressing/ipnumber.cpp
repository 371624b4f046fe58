#include "ipnumber.h"

namespace Portolan::IpNumber {

int bitsOf(int family)
{
    return family == 4 ? 32 : family == 6 ? 128 : 0;
}

int familyOf(const QHostAddress &address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return 4;
    case QAbstractSocket::IPv6Protocol:
        return 6;
    default:
        return 0;
    }
}

Number toNumber(const QHostAddress &address)
{
    if (familyOf(address) == 4)
        return address.toIPv4Address();
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    Number number = 0;
    for (int i = 0; i < 16; ++i)
        number = (number << 8) | bytes[i];
    return number;
}

QHostAddress toAddress(Number number, int family)
{
    if (family == 4)
        return QHostAddress(quint32(number));
    Q_IPV6ADDR bytes;
    for (int i = 15; i >= 0; --i) {
        bytes[i] = quint8(number & 0xff);
        number >>= 8;
    }
    return QHostAddress(bytes);
}

Number hostMask(int length, int family)
{
    const int hostBits = bitsOf(family) - length;
    if (hostBits <= 0)
        return 0;
    if (hostBits >= 128)
        return ~Number(0);
    return (Number(1) << hostBits) - 1;
}

} // namespace Portolan::IpNumber
