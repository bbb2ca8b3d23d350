// ThreadSanitizer build only (ATLAS_SANITIZE_THREAD): tells TSan about the
// happens-before edges of Qt's thread pool and semaphores.
//
// Debian's Qt is not built with TSan, and Qt synchronises its thread pool and
// QSemaphore with futexes that TSan cannot see. Without this, every hand-off
// to QThreadPool (ours, or Qt's own when the raster engine splits a large fill
// across the pool) is reported as a data race on the data handed over. This
// library is loaded before Qt in every executable of the TSan build; each
// function below records the edge the real one makes, then calls the real one
// (looked up with dlvsym). It adds no edge Qt does not make: a release
// happens before the acquires that follow it, a task's submission happens
// before the task runs.
#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

#include <dlfcn.h>
#include <sanitizer/tsan_interface.h>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

template<typename Function>
Function real(const char *mangled)
{
    void *symbol = dlvsym(RTLD_NEXT, mangled, "Qt_6");
    if (!symbol) {
        std::fprintf(stderr, "tsanqtsync: %s not found in Qt\n", mangled);
        std::abort();
    }
    return reinterpret_cast<Function>(symbol);
}

/**
 * Runs a task after acquiring what its submission released. Qt only stores
 * the pointer; everything the task reads is written before the release.
 */
class AcquiringRunnable final : public QRunnable
{
public:
    explicit AcquiringRunnable(QRunnable *task)
        : m_task(task)
    {
        setAutoDelete(true);
        __tsan_release(this);
    }
    void run() override
    {
        __tsan_acquire(this);
        m_task->run();
        if (m_task->autoDelete())
            delete m_task;
    }

private:
    QRunnable *m_task = nullptr;
};

} // namespace

void QSemaphore::release(int n)
{
    static const auto realRelease = real<void (*)(QSemaphore *, int)>("_ZN10QSemaphore7releaseEi");
    __tsan_release(this);
    realRelease(this, n);
}

void QSemaphore::acquire(int n)
{
    static const auto realAcquire = real<void (*)(QSemaphore *, int)>("_ZN10QSemaphore7acquireEi");
    realAcquire(this, n);
    __tsan_acquire(this);
}

bool QSemaphore::tryAcquire(int n)
{
    static const auto realTryAcquire = real<bool (*)(QSemaphore *, int)>("_ZN10QSemaphore10tryAcquireEi");
    const bool acquired = realTryAcquire(this, n);
    if (acquired)
        __tsan_acquire(this);
    return acquired;
}

bool QSemaphore::tryAcquire(int n, int timeout)
{
    static const auto realTryAcquire = real<bool (*)(QSemaphore *, int, int)>("_ZN10QSemaphore10tryAcquireEii");
    const bool acquired = realTryAcquire(this, n, timeout);
    if (acquired)
        __tsan_acquire(this);
    return acquired;
}

void QThreadPool::start(QRunnable *runnable, int priority)
{
    static const auto realStart = real<void (*)(QThreadPool *, QRunnable *, int)>(
        "_ZN11QThreadPool5startEP9QRunnablei");
    realStart(this, new AcquiringRunnable(runnable), priority);
}

bool QThreadPool::tryStart(QRunnable *runnable)
{
    static const auto realTryStart = real<bool (*)(QThreadPool *, QRunnable *)>(
        "_ZN11QThreadPool8tryStartEP9QRunnable");
    auto *wrapper = new AcquiringRunnable(runnable);
    if (realTryStart(this, wrapper))
        return true;
    delete wrapper; // the caller keeps its runnable, as with Qt's own refusal
    return false;
}

// The functions are handed over as runnables: Qt moves a std::function after
// it is given, which would happen after the release that is meant to cover it.
void QThreadPool::start(std::function<void()> functionToRun, int priority)
{
    start(QRunnable::create(std::move(functionToRun)), priority);
}

bool QThreadPool::tryStart(std::function<void()> functionToRun)
{
    QRunnable *task = QRunnable::create(std::move(functionToRun));
    if (tryStart(task))
        return true;
    delete task;
    return false;
}
