#pragma once

#include "ContactQuery.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace relais {

class CallPage;
class ConflictsPage;
class CrmPage;
class NewsletterPage;
class PetitionPage;
class ProfileSession;
class ProxyPage;

/// The main window of an unlocked profile: module navigation on the left (Contacts, Newsletters, Petitions, Calls,
/// Proxy votes, Event kiosk, Conflicts),
/// the module pages, the File and Help menus and a status bar with the size of the current list.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ProfileSession *session, QWidget *parent = nullptr);

    /// The query of the contact list as shown.
    ContactQuery currentQuery() const;
    CrmPage *crmPage() const { return m_crm; }
    ConflictsPage *conflictsPage() const { return m_conflicts; }
    NewsletterPage *newsletterPage() const { return m_newsletters; }
    PetitionPage *petitionPage() const { return m_petitions; }
    CallPage *callPage() const { return m_calls; }
    ProxyPage *proxyPage() const { return m_proxies; }
    /// Shows the sync conflicts page.
    void showConflicts();
    /// Shows the Newsletters module.
    void showNewsletters();
    /// Shows the Petitions module.
    void showPetitions();
    /// Shows the Calls module (phone banking).
    void showCalls();
    /// Shows the Proxy votes module (procurations).
    void showProxies();
    /// Shows the Calls module when the account can only call (no contacts.read anywhere): the start page of a volunteer.
    void showStartPage();
    /// Adds a widget to the right of the status bar (e.g. the keychain state).
    void addPermanentStatusWidget(QWidget *widget);

    /// Writes every contact of the current list to a CSV file (UTF-8 with BOM, ';'), with a header row.
    /// Returns the number written, or -1 on failure (message in *error) or cancellation (empty *error).
    qint64 exportCurrentList(const QString &fileName, QString *error);

Q_SIGNALS:
    void importRequested();
    void kioskRequested();
    void lockRequested();
    void connectServerRequested();
    void syncNowRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void exportWithDialog();
    void updateCount(qint64 count);
    void updateConflictsItem(int count);
    void about();
    bool keepChanges();

    QPointer<ProfileSession> m_session;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    CrmPage *m_crm;
    ConflictsPage *m_conflicts;
    NewsletterPage *m_newsletters;
    PetitionPage *m_petitions;
    CallPage *m_calls;
    ProxyPage *m_proxies;
    QLabel *m_countLabel;
    qint64 m_total = -1; ///< contacts in the profile; -1 = to read again
};

} // namespace relais
