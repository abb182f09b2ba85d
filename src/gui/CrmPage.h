#pragma once

#include "ContactQuery.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace relais {

class ContactEditor;
class ContactListModel;
class ProfileSession;

/// The CRM module: search and filters over the contact list, and the selected contact's editor.
class CrmPage : public QWidget
{
    Q_OBJECT
public:
    explicit CrmPage(ProfileSession *session, QWidget *parent = nullptr);

    /// The query of the list as shown (the search text is applied after a short pause in typing).
    ContactQuery currentQuery() const;
    ContactListModel *model() const { return m_model; }
    ContactEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_searchEdit; }

    void focusSearch();
    /// Opens an empty form for a new contact (asks first about unsaved changes).
    void newContact();
    /// Asks what to do with unsaved changes in the editor. False when the user cancels.
    bool maybeKeepChanges();

Q_SIGNALS:
    void countChanged(qint64 count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void fillRegions();
    void fillDepartments();
    void refreshTags();
    ContactQuery queryFromControls() const;
    void applyQuery();
    void scheduleRefresh();
    void refreshList();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void selectLocalId(qint64 localId);
    void updateEmptyState();
    void clearFilters(bool includingSearch);

    QPointer<ProfileSession> m_session;
    ContactListModel *m_model;
    QLineEdit *m_searchEdit;
    QComboBox *m_regionCombo;
    QComboBox *m_departmentCombo;
    QComboBox *m_tagCombo;
    QComboBox *m_consentCombo;
    QComboBox *m_membershipCombo;
    QToolButton *m_clearFiltersButton;
    QPushButton *m_newButton;
    QTableView *m_table;
    QStackedWidget *m_listStack;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyClearButton;
    QSplitter *m_splitter;
    ContactEditor *m_editor;
    QTimer *m_searchTimer;
    QTimer *m_refreshTimer;
    qint64 m_wantedLocalId = 0; ///< to select after the next refresh (a contact just saved)
    bool m_restoringSelection = false;
};

} // namespace relais
