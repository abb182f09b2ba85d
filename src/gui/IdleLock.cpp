#include "IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

#include <limits>

namespace relais {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_sinceInput.start();
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::loadSettings()
{
    const QSettings settings;
    bool ok = false;
    const int minutes = settings.value(QStringLiteral("security/idleLockMinutes"), DefaultMinutes).toInt(&ok);
    setTimeoutMs(ok && minutes >= 0 ? qint64(minutes) * 60 * 1000 : qint64(DefaultMinutes) * 60 * 1000);
}

void IdleLock::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = qMax<qint64>(0, ms);
    if (m_active)
        start();
}

void IdleLock::start()
{
    m_active = true;
    m_sinceInput.restart();
    if (m_timeoutMs > 0)
        arm(m_timeoutMs);
    else
        m_timer.stop();
}

void IdleLock::stop()
{
    m_active = false;
    m_timer.stop();
}

void IdleLock::reset()
{
    // Cheap on purpose (called for every mouse move): the timer is only re-armed when it fires.
    m_sinceInput.restart();
}

void IdleLock::arm(qint64 ms)
{
    // QTimer takes an int; cap at about 24 days and re-check when it fires.
    m_timer.start(int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
}

void IdleLock::check()
{
    if (!m_active || m_timeoutMs <= 0)
        return;
    const qint64 elapsed = m_sinceInput.elapsed();
    if (elapsed < m_timeoutMs) {
        arm(m_timeoutMs - elapsed);
        return;
    }
    stop();
    Q_EMIT idle();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::InputMethod:
        reset();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relais
