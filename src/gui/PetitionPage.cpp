#include "PetitionPage.h"

#include "ContactJson.h"
#include "NewsletterListDelegate.h"
#include "PetitionEditor.h"
#include "PetitionResults.h"
#include "PetitionResultsView.h"
#include "ProfileSession.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncController.h"
#include "ZoneChoices.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int IdRole = Qt::UserRole;
const QString TypePetition = QStringLiteral("petition");

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// "Open", "Closed", "Opens later", with its colour.
std::pair<QString, QColor> stateOf(const SyncRecord &r)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime opens = ContactJson::fromIso(field(r.data, "opens_at"));
    const QDateTime closes = ContactJson::fromIso(field(r.data, "closes_at"));
    if (closes.isValid() && closes <= now)
        return {PetitionPage::tr("Closed"), QColor(0x75, 0x75, 0x75)};
    if (opens.isValid() && opens > now)
        return {PetitionPage::tr("Opens later"), QColor(0xef, 0x6c, 0x00)};
    return {PetitionPage::tr("Open"), QColor(0x2e, 0x7d, 0x32)};
}
} // namespace

PetitionPage::PetitionPage(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)),
      m_newButton(new QPushButton(tr("New petition"), this)), m_deleteButton(new QPushButton(tr("Delete"), this)),
      m_tabs(new QTabWidget(this)), m_editor(new PetitionEditor(session, this)),
      m_results(new PetitionResultsView(session, this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("petitionPage"));
    m_newButton->setObjectName(QStringLiteral("newPetitionButton"));
    m_newButton->setToolTip(tr("Write a new petition"));
    m_deleteButton->setObjectName(QStringLiteral("deletePetitionButton"));

    // Each petition on two lines (title; state, zone and signatures), as in the Newsletters module.
    m_list->setObjectName(QStringLiteral("petitionList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setItemDelegate(new NewsletterListDelegate(m_list));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list, 1);

    m_tabs->setObjectName(QStringLiteral("petitionTabs"));
    m_tabs->addTab(m_editor, tr("Petition"));
    m_tabs->addTab(m_results, tr("Results"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 7);
    splitter->setSizes({300, 1000});
    left->setMinimumWidth(240);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &PetitionPage::reload);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &PetitionPage::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &PetitionPage::newPetition);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_editor, &PetitionEditor::saved, this, [this](const QString &id) {
        reload();
        select(id);
    });
    // Sync wrote records (new signatures, petitions from elsewhere): read again, a moment later. A hidden
    // page is read again when it is shown (MainWindow calls reload()).
    if (m_session)
        connect(m_session, &ProfileSession::contactsChanged, this, [this] {
            if (isVisible())
                m_reloadTimer->start();
        });
    reload();
}

void PetitionPage::setSyncController(SyncController *sync)
{
    m_sync = sync;
    m_editor->setSyncController(sync);
    m_results->setSyncController(sync);
    updateActions();
}

QListWidgetItem *PetitionPage::itemFor(const SyncRecord &r, qint64 signatures) const
{
    const QString title = field(r.data, "title");
    auto *item = new QListWidgetItem(title.isEmpty() ? tr("(untitled petition)") : title);
    const auto [state, color] = stateOf(r);
    item->setData(NewsletterListDelegate::StateRole, state);
    item->setData(NewsletterListDelegate::StateColorRole, color);
    item->setData(NewsletterListDelegate::DetailsRole,
                  QString(ZoneChoices::label(r.zone) + QStringLiteral(" · ")
                          + tr("%Ln signature(s)", nullptr, int(signatures))));
    item->setToolTip(title + (r.dirty ? u'\n' + tr("Not yet on the server") : QString()));
    item->setData(IdRole, r.id);
    return item;
}

void PetitionPage::reload()
{
    m_reloadTimer->stop();
    if (!m_session || !m_session->isUnlocked())
        return;
    const QSqlDatabase db = m_session->replica()->database();
    const QString selected = selectedId();
    const QList<SyncRecord> records = RecordRepository(db).list(TypePetition);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const SyncRecord &r : records)
            m_list->addItem(itemFor(r, std::max<qint64>(0, PetitionResults(db, r.id).count())));
    }
    select(selected);
    // The open petition changed elsewhere (sync), unless it is being edited here; its results in any case.
    const QString openId = m_editor->record().id;
    const auto it = std::find_if(records.cbegin(), records.cend(), [&](const SyncRecord &r) { return r.id == openId; });
    if (m_editor->isOpen() && !openId.isEmpty()) {
        if (it == records.cend()) {
            m_editor->close();
            m_results->setPetition({});
        } else if (!m_editor->isModified() && (it->version != m_editor->record().version || it->data != m_editor->record().data)) {
            m_editor->load(*it);
        }
    }
    if (it != records.cend())
        m_results->setPetition(*it);
    updateActions();
}

QString PetitionPage::selectedId() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(IdRole).toString();
}

void PetitionPage::select(const QString &id)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    for (int i = 0; !id.isEmpty() && i < m_list->count(); ++i)
        if (m_list->item(i)->data(IdRole).toString() == id) {
            m_list->item(i)->setSelected(true);
            m_list->setCurrentItem(m_list->item(i));
            m_list->scrollToItem(m_list->item(i));
        }
    updateActions();
}

void PetitionPage::onSelectionChanged()
{
    const QString id = selectedId();
    updateActions();
    if (id.isEmpty() || id == m_editor->record().id)
        return;
    if (!m_editor->saveIfModified()) {
        m_tabs->setCurrentIndex(EditorTab);
        select(m_editor->record().id); // stay: what is written is not lost
        return;
    }
    open(id);
}

bool PetitionPage::open(const QString &id)
{
    if (!m_session || !m_session->isUnlocked())
        return false;
    const auto record = RecordRepository(m_session->replica()->database()).get(TypePetition, id);
    if (!record)
        return false;
    m_editor->load(*record);
    m_results->setPetition(*record);
    select(id);
    return true;
}

void PetitionPage::newPetition()
{
    if (!m_editor->saveIfModified())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
    }
    m_editor->newPetition();
    m_results->setPetition({});
    m_tabs->setCurrentIndex(EditorTab);
    updateActions();
}

void PetitionPage::updateActions()
{
    const QString id = selectedId();
    qint64 signatures = 0;
    if (!id.isEmpty() && m_session && m_session->isUnlocked())
        signatures = PetitionResults(m_session->replica()->database(), id).count();
    const bool deletable = !id.isEmpty() && signatures == 0 && !m_editor->isReadOnly();
    m_deleteButton->setEnabled(deletable);
    m_deleteButton->setToolTip(signatures > 0 ? tr("A petition that has signatures cannot be deleted")
                                              : tr("Delete this petition"));
}

bool PetitionPage::deleteSelected(bool ask)
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_session || !m_session->isUnlocked())
        return false;
    RecordRepository repo(m_session->replica()->database());
    const auto r = repo.get(TypePetition, id);
    if (!r || PetitionResults(m_session->replica()->database(), id).count() > 0)
        return false;
    if (ask
        && QMessageBox::question(this, tr("Delete"), tr("Delete the petition “%1”?").arg(field(r->data, "title")))
            != QMessageBox::Yes)
        return false;
    QString error;
    if (!repo.remove(TypePetition, id, &error)) {
        QMessageBox::warning(this, tr("Delete"), tr("It could not be deleted: %1").arg(error));
        return false;
    }
    if (m_editor->record().id == id) {
        m_editor->close();
        m_results->setPetition({});
    }
    if (m_sync)
        m_sync->nudge();
    reload();
    return true;
}

bool PetitionPage::saveChanges()
{
    return m_editor->saveIfModified();
}

} // namespace relais
