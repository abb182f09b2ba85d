#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;

namespace relais {

/// Asks when a newsletter should leave: a date and time in the future (local time).
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScheduleDialog(const QString &summary, QWidget *parent = nullptr);

    QDateTime when() const;
    void setWhen(const QDateTime &when);
    QDateTimeEdit *editor() const { return m_edit; }

    /// Tomorrow at 9:00.
    static QDateTime suggested(const QDateTime &now = QDateTime::currentDateTime());

private:
    void check();

    QDateTimeEdit *m_edit;
    QLabel *m_problem;
};

} // namespace relais
