// atlas-bare-window: the yardstick of the start-up figure in the README.
//
// A bare Qt Widgets window set up as aleppo-atlas sets up its viewer (the same
// QApplication and application names), a QMainWindow with one QLabel, that
// quits once the label has painted its first frame: what `aleppo-atlas
// --quit-after-startup` does once the map has painted. tests/bench/startup-ratio.sh
// runs the two side by side.
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMetaObject>
#include <QTextStream>
#include <QTimer>

namespace {

/// Quits the application after the watched widget's first paint, as the viewer does.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // As the viewer, for the harness: when the first frame was painted.
            QTextStream(stdout) << "first frame at " << QDateTime::currentMSecsSinceEpoch() << " ms" << Qt::endl;
            // The viewer: a queued "first frame painted" signal, then a zero timer that exits.
            QMetaObject::invokeMethod(
                this, [] { QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); }); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AleppoAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("atlas-bare-window"));
    QMainWindow window;
    auto *label = new QLabel(QStringLiteral("Aleppo Atlas"), &window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1500, 950); // the viewer's default size
    FirstPaint watcher;
    label->installEventFilter(&watcher);
    window.show();
    return app.exec();
}
