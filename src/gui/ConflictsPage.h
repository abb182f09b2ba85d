#pragma once

#include "SyncTypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace relais {

class ProfileSession;

/// The sync conflicts of the replica: a field edited here and on the server (or by another client) since the
/// same version. The server kept one value; for each field the user keeps it or picks the other one.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPage(ProfileSession *session, QWidget *parent = nullptr);

    int count() const;
    /// Reads the conflicts again (after a sync).
    void reload();
    /// Keeps the server's value (`useOther` false) or the other one for the conflict at `row`.
    bool resolve(int row, bool useOther, QString *error = nullptr);

    /// A readable form of a field's value ("Yes, agrees (20/11/2026, kiosk)", "a, b", "(empty)").
    static QString displayValue(const QString &field, const QJsonValue &value);
    /// The label of a contact field ("Email", "Consent by SMS"...).
    static QString fieldLabel(const QString &field);

Q_SIGNALS:
    void countChanged(int count);
    /// A conflict was resolved: there is something to push.
    void resolved();

private:
    void updateButtons();
    void resolveSelected(bool useOther);

    QPointer<ProfileSession> m_session;
    QList<SyncConflict> m_conflicts;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_keepButton;
    QPushButton *m_otherButton;
};

} // namespace relais
