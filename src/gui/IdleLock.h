#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace relais {

/// Watches user input on the whole application (an event filter on qApp) and emits idle() once no
/// mouse, keyboard, wheel, touch or tablet input has arrived for the configured time.
/// The time comes from QSettings `security/idleLockMinutes` (default 10; 0 = never lock);
/// tests inject it in milliseconds with setTimeoutMs().
/// After idle() it stays quiet until start() is called again (after unlocking).
class IdleLock : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMinutes = 10;

    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    /// Reads `security/idleLockMinutes` from QSettings.
    void loadSettings();
    /// 0 disables the lock.
    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }

    /// Starts (or restarts) watching; the idle time counts from now.
    void start();
    void stop();
    bool isActive() const { return m_active; }
    /// Counts as user activity.
    void reset();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void arm(qint64 ms);

    qint64 m_timeoutMs = qint64(DefaultMinutes) * 60 * 1000;
    bool m_active = false;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};

} // namespace relais
