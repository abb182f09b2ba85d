#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace relais {

class NewsletterEditor;
class ProfileSession;
class SyncController;
struct SyncRecord;

/// The Newsletters module: the newsletters (subject, state, zone, date) and the templates of the replica,
/// with New, New from a template, Duplicate and Delete; the selected one opens in the editor beside the
/// list. Sent newsletters show their statistics.
class NewsletterPage : public QWidget
{
    Q_OBJECT
public:
    explicit NewsletterPage(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);
    NewsletterEditor *editor() const { return m_editor; }
    QTreeWidget *list() const { return m_list; }

    /// Reads the list again (keeps the selection and, unless it changed elsewhere, the editor).
    void reload();
    /// Opens the record `id` (selecting it in the list).
    bool open(const QString &id);
    void newNewsletter();
    void newFromTemplate(const QString &templateId);
    /// A new draft with the content of the selected newsletter or template.
    void duplicateSelected();
    /// Deletes the selected draft or template (after asking when `ask`). False if nothing was deleted.
    bool deleteSelected(bool ask = true);
    /// Opens the statistics of a sent newsletter (read from the server).
    void showStatistics(const QString &id);
    /// Saves the open draft if it changed (before locking or quitting).
    bool saveChanges();

private:
    QTreeWidgetItem *itemFor(const SyncRecord &record) const;
    QString selectedId() const;
    void select(const QString &id);
    void onSelectionChanged();
    void updateActions();
    void fillTemplatesMenu();

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    QTreeWidget *m_list;
    QTreeWidgetItem *m_newsletters;
    QTreeWidgetItem *m_templates;
    QPushButton *m_newButton;
    QToolButton *m_fromTemplateButton;
    QMenu *m_templatesMenu;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    NewsletterEditor *m_editor;
    QTimer *m_reloadTimer;
    bool m_reloading = false;
};

} // namespace relais
