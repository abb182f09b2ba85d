#include "NewsletterPage.h"

#include "NewsletterEditor.h"
#include "NewsletterListDelegate.h"
#include "NewsletterStatsView.h"
#include "NewsletterStatus.h"
#include "ZoneChoices.h"
#include "ProfileSession.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncController.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int SubjectColumn = 0;
const QString TypeNewsletter = QStringLiteral("newsletter");

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString dateText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

bool isTemplate(const SyncRecord &r)
{
    return field(r.data, "kind") == QLatin1String("template");
}
} // namespace

NewsletterPage::NewsletterPage(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QTreeWidget(this)), m_newsletters(new QTreeWidgetItem),
      m_templates(new QTreeWidgetItem), m_newButton(new QPushButton(tr("New newsletter"), this)),
      m_fromTemplateButton(new QToolButton(this)), m_templatesMenu(new QMenu(this)),
      m_duplicateButton(new QPushButton(tr("Duplicate"), this)), m_deleteButton(new QPushButton(tr("Delete"), this)),
      m_editor(new NewsletterEditor(session, this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newsletterPage"));
    m_newButton->setObjectName(QStringLiteral("newNewsletterButton"));
    m_newButton->setToolTip(tr("Write a new newsletter"));
    m_fromTemplateButton->setObjectName(QStringLiteral("fromTemplateButton"));
    m_fromTemplateButton->setText(tr("From a template"));
    m_fromTemplateButton->setToolTip(tr("Start a newsletter from one of your templates"));
    m_fromTemplateButton->setPopupMode(QToolButton::InstantPopup);
    m_fromTemplateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_fromTemplateButton->setMinimumHeight(m_newButton->sizeHint().height());
    m_fromTemplateButton->setMenu(m_templatesMenu);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicateButton->setToolTip(tr("A new draft with the same content, audience and sender"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Delete this draft or template"));

    // One column: each newsletter on two lines (subject; state, zone and date), as mail programs list mail.
    m_list->setObjectName(QStringLiteral("newsletterList"));
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setIndentation(0);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setItemDelegate(new NewsletterListDelegate(m_list));
    for (QTreeWidgetItem *group : {m_newsletters, m_templates}) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont f = m_list->font();
        f.setBold(true);
        group->setFont(SubjectColumn, f);
        group->setForeground(SubjectColumn, palette().color(QPalette::PlaceholderText));
        m_list->addTopLevelItem(group);
        group->setExpanded(true);
    }

    // Creating above the list; what acts on the selected one, below it.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_fromTemplateButton);
    buttons->addStretch(1);
    auto *selection = new QHBoxLayout;
    selection->addWidget(m_duplicateButton);
    selection->addWidget(m_deleteButton);
    selection->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(selection);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({330, 950});
    left->setMinimumWidth(280);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &NewsletterPage::reload);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &NewsletterPage::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &NewsletterPage::newNewsletter);
    connect(m_duplicateButton, &QPushButton::clicked, this, &NewsletterPage::duplicateSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_templatesMenu, &QMenu::aboutToShow, this, &NewsletterPage::fillTemplatesMenu);
    connect(m_editor, &NewsletterEditor::saved, this, [this](const QString &id) {
        reload();
        if (id == m_editor->record().id)
            select(id);
    });
    connect(m_editor, &NewsletterEditor::statisticsRequested, this, &NewsletterPage::showStatistics);
    if (m_session)
        connect(m_session, &ProfileSession::contactsChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    reload();
}

void NewsletterPage::setSyncController(SyncController *sync)
{
    m_sync = sync;
    m_editor->setSyncController(sync);
}

QTreeWidgetItem *NewsletterPage::itemFor(const SyncRecord &r) const
{
    const bool templ = isTemplate(r);
    const QString status = templ ? QString() : field(r.data, "status");
    QString subject = templ ? field(r.data, "name") : QString();
    if (subject.isEmpty())
        subject = field(r.data, "subject");
    auto *item = new QTreeWidgetItem;
    item->setText(SubjectColumn, subject.isEmpty() ? tr("(no subject)") : subject);
    if (!templ) {
        item->setData(SubjectColumn, NewsletterListDelegate::StateRole, NewsletterStatus::text(status));
        item->setData(SubjectColumn, NewsletterListDelegate::StateColorRole, NewsletterStatus::color(status));
    }
    const QString date = dateText(status == QLatin1String("sent")        ? field(r.data, "sent_at")
                                  : status == QLatin1String("scheduled") ? field(r.data, "scheduled_at")
                                                                         : field(r.data, "updated_at"));
    item->setData(SubjectColumn, NewsletterListDelegate::DetailsRole,
                  date.isEmpty() ? ZoneChoices::label(r.zone) : ZoneChoices::label(r.zone) + QStringLiteral(" · ") + date);
    const QString when = status == QLatin1String("sent")        ? tr("Sent on %1")
                         : status == QLatin1String("scheduled") ? tr("Leaves on %1")
                                                                : tr("Last changed on %1");
    item->setToolTip(SubjectColumn, field(r.data, "subject") + u'\n' + when.arg(date)
                                        + (r.dirty ? u'\n' + tr("Not yet on the server") : QString()));
    item->setData(SubjectColumn, IdRole, r.id);
    return item;
}

void NewsletterPage::reload()
{
    m_reloadTimer->stop();
    if (!m_session || !m_session->isUnlocked())
        return;
    const QString selected = selectedId();
    const QList<SyncRecord> records = RecordRepository(m_session->replica()->database()).list(TypeNewsletter);
    m_reloading = true;
    {
        const QSignalBlocker blocker(m_list);
        qDeleteAll(m_newsletters->takeChildren());
        qDeleteAll(m_templates->takeChildren());
        for (const SyncRecord &r : records)
            (isTemplate(r) ? m_templates : m_newsletters)->addChild(itemFor(r));
        m_newsletters->setText(SubjectColumn, tr("Newsletters (%1)").arg(m_newsletters->childCount()));
        m_templates->setText(SubjectColumn, tr("Templates (%1)").arg(m_templates->childCount()));
        select(selected);
    }
    m_reloading = false;
    // The open record changed elsewhere (the server sent it, or its state moved on): show it again,
    // unless it is being edited here.
    const QString openId = m_editor->record().id;
    if (m_editor->isOpen() && !openId.isEmpty() && !m_editor->isModified()) {
        const auto it = std::find_if(records.cbegin(), records.cend(), [&](const SyncRecord &r) { return r.id == openId; });
        if (it == records.cend()) {
            m_editor->close();
        } else if (it->version != m_editor->record().version
                   || field(it->data, "status") != field(m_editor->record().data, "status")
                   || it->data != m_editor->record().data) {
            m_editor->load(*it);
        }
    }
    updateActions();
}

QString NewsletterPage::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(SubjectColumn, IdRole).toString();
}

void NewsletterPage::select(const QString &id)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    if (id.isEmpty())
        return;
    for (QTreeWidgetItem *group : {m_newsletters, m_templates})
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(SubjectColumn, IdRole).toString() == id) {
                group->child(i)->setSelected(true);
                m_list->setCurrentItem(group->child(i));
                m_list->scrollToItem(group->child(i));
            }
    updateActions();
}

void NewsletterPage::onSelectionChanged()
{
    if (m_reloading)
        return;
    const QString id = selectedId();
    updateActions();
    if (id.isEmpty() || id == m_editor->record().id)
        return;
    if (!m_editor->saveIfModified()) {
        select(m_editor->record().id); // stay: what is written is not lost
        return;
    }
    open(id);
}

bool NewsletterPage::open(const QString &id)
{
    if (!m_session || !m_session->isUnlocked())
        return false;
    const auto record = RecordRepository(m_session->replica()->database()).get(TypeNewsletter, id);
    if (!record)
        return false;
    m_editor->load(*record);
    select(id);
    return true;
}

void NewsletterPage::updateActions()
{
    const QString id = selectedId();
    m_duplicateButton->setEnabled(!id.isEmpty());
    bool deletable = false;
    if (!id.isEmpty() && m_session && m_session->isUnlocked())
        if (const auto r = RecordRepository(m_session->replica()->database()).get(TypeNewsletter, id))
            deletable = NewsletterStatus::isEditable(field(r->data, "kind"), field(r->data, "status"));
    m_deleteButton->setEnabled(deletable);
    m_deleteButton->setToolTip(deletable || id.isEmpty() ? tr("Delete this draft or template")
                                                         : tr("Only drafts and templates can be deleted"));
}

void NewsletterPage::fillTemplatesMenu()
{
    m_templatesMenu->clear();
    if (m_session && m_session->isUnlocked()) {
        for (const SyncRecord &r : RecordRepository(m_session->replica()->database()).list(TypeNewsletter)) {
            if (!isTemplate(r))
                continue;
            const QString name = field(r.data, "name").isEmpty() ? field(r.data, "subject") : field(r.data, "name");
            QAction *a = m_templatesMenu->addAction(name.isEmpty() ? tr("(no name)") : name);
            const QString id = r.id;
            connect(a, &QAction::triggered, this, [this, id] { newFromTemplate(id); });
        }
    }
    if (m_templatesMenu->isEmpty())
        m_templatesMenu->addAction(tr("No template yet: in a newsletter, use “Save as template…”"))->setEnabled(false);
}

void NewsletterPage::newNewsletter()
{
    if (!m_editor->saveIfModified())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
    }
    m_editor->newDraft();
    updateActions();
}

void NewsletterPage::newFromTemplate(const QString &templateId)
{
    if (!m_session || !m_session->isUnlocked() || !m_editor->saveIfModified())
        return;
    const auto t = RecordRepository(m_session->replica()->database()).get(TypeNewsletter, templateId);
    if (!t)
        return;
    QJsonObject from = t->data;
    from.insert(QStringLiteral("zone"), t->zone);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
    }
    m_editor->newDraft(from);
    updateActions();
}

void NewsletterPage::duplicateSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_session || !m_session->isUnlocked() || !m_editor->saveIfModified())
        return;
    const auto r = RecordRepository(m_session->replica()->database()).get(TypeNewsletter, id);
    if (!r)
        return;
    QJsonObject from = r->data;
    from.insert(QStringLiteral("zone"), r->zone);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
    }
    m_editor->newDraft(from);
    m_editor->save(); // the copy shows in the list at once
}

bool NewsletterPage::deleteSelected(bool ask)
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_session || !m_session->isUnlocked())
        return false;
    RecordRepository repo(m_session->replica()->database());
    const auto r = repo.get(TypeNewsletter, id);
    if (!r || !NewsletterStatus::isEditable(field(r->data, "kind"), field(r->data, "status")))
        return false;
    const QString name = isTemplate(*r) ? field(r->data, "name") : field(r->data, "subject");
    if (ask
        && QMessageBox::question(this, tr("Delete"),
                                 (isTemplate(*r) ? tr("Delete the template “%1”?") : tr("Delete the draft “%1”?"))
                                     .arg(name.isEmpty() ? tr("(no subject)") : name))
            != QMessageBox::Yes)
        return false;
    QString error;
    if (!repo.remove(TypeNewsletter, id, &error)) {
        QMessageBox::warning(this, tr("Delete"), tr("It could not be deleted: %1").arg(error));
        return false;
    }
    if (m_editor->record().id == id)
        m_editor->close();
    if (m_sync)
        m_sync->nudge();
    reload();
    return true;
}

void NewsletterPage::showStatistics(const QString &id)
{
    if (!m_session || !m_session->isUnlocked())
        return;
    const auto r = RecordRepository(m_session->replica()->database()).get(TypeNewsletter, id);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Statistics — %1").arg(r ? field(r->data, "subject") : QString()));
    dialog->resize(900, 560);
    auto *view = new NewsletterStatsView(dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    const auto fetch = [this, view, id] {
        view->setLoading();
        if (!m_sync) {
            view->setError(tr("This profile is not connected to a server."));
            return;
        }
        m_sync->api(QStringLiteral("GET"), QStringLiteral("/newsletters/") + id + QStringLiteral("/stats"), {}, view,
                    [view](const ApiResult &result) {
                        if (result.ok())
                            view->setStats(result.body);
                        else
                            view->setError(result.error);
                    });
    };
    connect(view, &NewsletterStatsView::refreshRequested, view, fetch);
    fetch();
    dialog->show();
}

bool NewsletterPage::saveChanges()
{
    return m_editor->saveIfModified();
}

} // namespace relais
