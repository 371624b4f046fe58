#pragma once
// For tests that drive modal dialogs: runs `act` on the modal dialog of
// type T once it shows (checking every 50 ms for up to 20 s), and sets
// *done when it did.

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Portolan::Testing {

template<typename T> void whenShown(std::function<void(T *)> act, bool *done = nullptr)
{
    auto *timer = new QTimer;
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            if (done)
                *done = true;
            act(dialog);
        } else if (++*waited > 400) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(50);
}

} // namespace Portolan::Testing
