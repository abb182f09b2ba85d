#include "ScheduleDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int MinimumDelaySecs = 5 * 60;
}

ScheduleDialog::ScheduleDialog(const QString &summary, QWidget *parent)
    : QDialog(parent), m_edit(new QDateTimeEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Schedule the newsletter"));
    auto *intro = new QLabel(summary, this);
    intro->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("scheduleEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_edit->setMinimumDateTime(QDateTime::currentDateTime());
    m_edit->setDateTime(suggested());
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this, buttons] {
        check();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Send on:"), m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

QDateTime ScheduleDialog::when() const
{
    return m_edit->dateTime();
}

void ScheduleDialog::setWhen(const QDateTime &when)
{
    m_edit->setDateTime(when);
}

QDateTime ScheduleDialog::suggested(const QDateTime &now)
{
    return QDateTime(now.date().addDays(1), QTime(9, 0));
}

void ScheduleDialog::check()
{
    const bool tooSoon = QDateTime::currentDateTime().secsTo(m_edit->dateTime()) < MinimumDelaySecs;
    m_problem->setText(tooSoon ? tr("Choose a time at least 5 minutes from now, or use “Send now”.") : QString());
    m_problem->setVisible(tooSoon);
}

} // namespace relais
