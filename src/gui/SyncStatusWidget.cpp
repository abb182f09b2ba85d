#include "SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace relais {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_label(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_conflictsButton(new QToolButton(this)), m_button(new QToolButton(this))
{
    m_dot->setFixedWidth(14);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_conflictsButton->setAutoRaise(true);
    m_conflictsButton->hide();
    m_button->setAutoRaise(true);
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_dot);
    l->addWidget(m_label);
    l->addWidget(m_progress);
    l->addWidget(m_conflictsButton);
    l->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (m_state == State::NotConnected)
            Q_EMIT connectRequested();
        else
            Q_EMIT syncNowRequested();
    });
    connect(m_conflictsButton, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    refresh();
}

void SyncStatusWidget::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    if (state == State::UpToDate)
        m_lastUpToDate = QDateTime::currentDateTime();
    refresh();
}

void SyncStatusWidget::setProgress(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    refresh();
}

void SyncStatusWidget::setPendingUploads(int count)
{
    m_pending = count;
    refresh();
}

void SyncStatusWidget::setConflicts(int count)
{
    m_conflicts = count;
    refresh();
}

void SyncStatusWidget::setSearchBacklog(qint64 remaining)
{
    m_searchBacklog = remaining;
    refresh();
}

QString SyncStatusWidget::text() const { return m_label->text(); }

void SyncStatusWidget::refresh()
{
    const QLocale locale;
    QString text;
    QString color;
    switch (m_state) {
    case State::NotConnected:
        text = tr("Not connected to a server");
        color = QStringLiteral("#9e9e9e");
        break;
    case State::Offline:
        text = m_pending > 0 ? tr("Offline — %n change(s) waiting", nullptr, m_pending) : tr("Offline");
        color = QStringLiteral("#9e9e9e");
        break;
    case State::Connecting:
        text = tr("Connecting…");
        color = QStringLiteral("#f9a825");
        break;
    case State::InitialSync:
        text = m_total > 0 ? tr("Downloading contacts: %1 of %2").arg(locale.toString(m_done), locale.toString(m_total))
                           : tr("Downloading contacts…");
        color = QStringLiteral("#1e88e5");
        break;
    case State::Syncing:
        text = tr("Syncing…");
        color = QStringLiteral("#1e88e5");
        break;
    case State::UpToDate:
        if (m_pending > 0)
            text = tr("Sending %n change(s)…", nullptr, m_pending);
        else if (m_searchBacklog > 0)
            text = tr("Up to date — preparing text search: %1 contacts left").arg(locale.toString(m_searchBacklog));
        else
            text = tr("Up to date");
        color = QStringLiteral("#43a047");
        break;
    case State::Error:
        text = tr("Sync problem");
        color = QStringLiteral("#e53935");
        break;
    }
    m_label->setText(text);
    m_dot->setText(QStringLiteral("<span style=\"color:%1; font-size:14px\">●</span>").arg(color));
    QString tip = m_detail;
    if (m_lastUpToDate.isValid())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Last up to date: %1").arg(locale.toString(m_lastUpToDate, QLocale::ShortFormat));
    setToolTip(tip);
    const bool showProgress = m_state == State::InitialSync && m_total > 0;
    m_progress->setVisible(showProgress);
    if (showProgress) {
        // QProgressBar holds ints: scale to per mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(m_total > 0 ? (m_done * 1000) / m_total : 0));
    }
    m_conflictsButton->setVisible(m_conflicts > 0);
    m_conflictsButton->setText(tr("%n conflict(s)", nullptr, m_conflicts));
    m_conflictsButton->setToolTip(tr("Fields changed here and elsewhere: choose which value to keep"));
    m_button->setText(m_state == State::NotConnected ? tr("Connect…") : tr("Sync now"));
    m_button->setEnabled(m_state != State::InitialSync && m_state != State::Connecting);
}

} // namespace relais
