// Runs a fuzz target without libFuzzer, as a regression test of its corpus:
// LLVMFuzzerInitialize() first when the target defines it, then
// LLVMFuzzerTestOneInput() once on every file named on the command line and
// on every file inside each folder named. Each input's path is printed before
// it runs, so that the last one printed is the one that crashed.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Defined by the targets that need it; null otherwise.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

QStringList inputsIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    QStringList inputs;
    for (int k = 1; k < argc; ++k) {
        const QString argument = QString::fromLocal8Bit(argv[k]);
        if (QFileInfo(argument).isDir())
            inputs += inputsIn(argument);
        else
            inputs.append(argument);
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE-OR-FOLDER... (no input found)\n", argv[0]);
        return 2;
    }

    for (const QString &input : std::as_const(inputs)) {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qUtf8Printable(input),
                         qUtf8Printable(file.errorString()));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        // A buffer of exactly the input's size, as libFuzzer passes it, so
        // that AddressSanitizer sees a read past its end.
        const size_t size = size_t(bytes.size());
        const auto data = std::make_unique<uint8_t[]>(size);
        if (size > 0)
            std::memcpy(data.get(), bytes.constData(), size);
        std::fprintf(stderr, "%s\n", qUtf8Printable(input));
        std::fflush(stderr);
        LLVMFuzzerTestOneInput(data.get(), size);
    }
    std::printf("%lld inputs replayed\n", static_cast<long long>(inputs.size()));
    return 0;
}
