#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace relais {

class ProxyBoard;
class ProxyMatchModel;

/// The "Matches" tab of the Proxies page: the election's matches in the chosen zone (live ones first, or any
/// status), what the selected one says (both people's details, the mandataire's birth date and voter number for
/// the official form, the note and the server's history), and one button per move the allowed transitions give
/// (Propose, Mark accepted, Mark declined, Confirm, Done, Cancel). A move is asked of the page (moveRequested).
class ProxyMatchView : public QWidget
{
    Q_OBJECT
public:
    explicit ProxyMatchView(QWidget *parent = nullptr);

    void setBoard(const ProxyBoard *board, const QString &zone);
    ProxyMatchModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// The ids of the selected matches.
    QStringList selectedIds() const;
    void select(const QStringList &ids);
    /// The button moving the selection to `status`; nullptr for a status no button leads to.
    QPushButton *actionButton(const QString &status) const { return m_actions.value(status); }
    void setMessage(const QString &message);

Q_SIGNALS:
    void moveRequested(const QStringList &ids, const QString &status);

private:
    void refill();
    void updateDetails();

    const ProxyBoard *m_board = nullptr;
    QString m_zone;
    ProxyMatchModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_text;
    QTableView *m_table;
    QTextBrowser *m_details;
    QHash<QString, QPushButton *> m_actions;
    QLabel *m_message;
};

} // namespace relais
