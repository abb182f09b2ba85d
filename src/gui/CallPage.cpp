#include "CallPage.h"

#include "AccessScope.h"
#include "CallCampaignEditor.h"
#include "CallLiveView.h"
#include "ContactJson.h"
#include "NewsletterListDelegate.h"
#include "ProfileSession.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncController.h"
#include "SyncStore.h"
#include "VolunteerWindow.h"
#include "ZoneChoices.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr qint64 MineMinIntervalMs = 10'000;
const QString TypeCampaign = QStringLiteral("call_campaign");
const QString TypeAssignment = QStringLiteral("call_assignment");
const QString TypeResult = QStringLiteral("call_result");

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

std::pair<QString, QColor> statusOf(const QString &status)
{
    if (status == QLatin1String("paused"))
        return {CallPage::tr("Paused"), QColor(0xef, 0x6c, 0x00)};
    if (status == QLatin1String("closed"))
        return {CallPage::tr("Closed"), QColor(0x75, 0x75, 0x75)};
    return {CallPage::tr("Active"), QColor(0x2e, 0x7d, 0x32)};
}
} // namespace

bool CallPage::callsOnly(const QSqlDatabase &db)
{
    const QString json = SyncStore(db).stateValue(QStringLiteral("account_grants"));
    if (json.isEmpty())
        return false; // never signed in: the profile's own contacts
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        if (Grant::fromJson(v.toObject()).features.contains(Feature::ContactsRead))
            return false;
    return true;
}

CallPage::CallPage(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_mine(new QTableWidget(0, MineColumnCount, this)),
      m_mineStatus(new QLabel(this)), m_code(new QLineEdit(this)), m_join(new QPushButton(tr("Join"), this)),
      m_refreshMine(new QPushButton(tr("Refresh"), this)), m_manage(nullptr), m_list(new QListWidget(this)),
      m_newButton(new QPushButton(tr("New campaign"), this)), m_tabs(new QTabWidget(this)),
      m_editor(new CallCampaignEditor(session, this)), m_live(new CallLiveView(session, this)),
      m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("callPage"));
    // "My call sessions" as high as its rows; the organisers' part (hidden for volunteers) takes the rest.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildMine(), 0);
    m_manage = buildManage();
    layout->addWidget(m_manage, 1);
    layout->addStretch(0);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &CallPage::reload);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &CallPage::onSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &CallPage::newCampaign);
    connect(m_editor, &CallCampaignEditor::saved, this, [this](const QString &id) {
        reload();
        select(id);
        if (const auto r = RecordRepository(m_session->replica()->database()).get(TypeCampaign, id))
            m_live->setCampaign(*r);
    });
    connect(m_refreshMine, &QPushButton::clicked, this, [this] {
        m_mineAsked.invalidate();
        reload();
    });
    connect(m_join, &QPushButton::clicked, this, [this] { join(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { join(m_code->text()); });
    if (m_session)
        connect(m_session, &ProfileSession::contactsChanged, this, [this] {
            if (isVisible())
                m_reloadTimer->start();
        });
    reload();
}

QWidget *CallPage::buildMine()
{
    auto *box = new QGroupBox(tr("My call sessions"), this);
    box->setObjectName(QStringLiteral("myCallsBox"));
    m_mine->setObjectName(QStringLiteral("myCallsTable"));
    m_mine->setHorizontalHeaderLabels({tr("Campaign"), tr("Progress"), tr("Calling hours"), tr("In hand"), QString()});
    m_mine->verticalHeader()->hide();
    m_mine->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mine->setSelectionMode(QAbstractItemView::NoSelection);
    m_mine->setFocusPolicy(Qt::NoFocus);
    m_mine->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_mine->horizontalHeader()->setSectionResizeMode(ProgressColumn, QHeaderView::ResizeToContents);
    m_mine->horizontalHeader()->setSectionResizeMode(HoursColumn, QHeaderView::ResizeToContents);
    m_mine->horizontalHeader()->setSectionResizeMode(InHandColumn, QHeaderView::ResizeToContents);
    m_mine->horizontalHeader()->setSectionResizeMode(StartColumn, QHeaderView::ResizeToContents);
    m_mine->verticalHeader()->setDefaultSectionSize(m_mine->fontMetrics().height() + 16);
    m_mineStatus->setObjectName(QStringLiteral("myCallsStatus"));
    m_mineStatus->setForegroundRole(QPalette::PlaceholderText);
    m_mineStatus->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("invitationCodeEdit"));
    m_code->setPlaceholderText(tr("Invitation code"));
    m_code->setMaximumWidth(220);
    m_code->setToolTip(tr("A code from an organiser: it adds you to the campaign's team"));
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_refreshMine->setObjectName(QStringLiteral("refreshMineButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_mineStatus, 1);
    row->addWidget(m_code);
    row->addWidget(m_join);
    row->addWidget(m_refreshMine);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_mine, 1);
    layout->addLayout(row);
    return box;
}

QWidget *CallPage::buildManage()
{
    m_newButton->setObjectName(QStringLiteral("newCallCampaignButton"));
    m_newButton->setToolTip(tr("Organise a new phone-bank campaign"));
    m_list->setObjectName(QStringLiteral("callCampaignList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setItemDelegate(new NewsletterListDelegate(m_list));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list, 1);
    left->setMinimumWidth(220);

    m_tabs->setObjectName(QStringLiteral("callTabs"));
    m_tabs->addTab(m_editor, tr("Campaign"));
    m_tabs->addTab(m_live, tr("Live"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("manageArea"));
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 7);
    splitter->setSizes({260, 1000});
    return splitter;
}

void CallPage::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    m_editor->setSyncController(sync);
    m_live->setSyncController(sync);
    if (m_sync) {
        connect(m_sync, &SyncController::accountChanged, this, &CallPage::reload);
        connect(m_sync, &SyncController::stateChanged, this, [this] {
            if (m_sync->isOnline() && !m_mineAsked.isValid())
                refreshMine();
            fillMine();
        });
    }
    for (const QPointer<VolunteerWindow> &w : std::as_const(m_windows))
        if (w)
            w->setSyncController(sync);
    reload();
}

bool CallPage::managesCampaigns() const
{
    if (!m_session || !m_session->isUnlocked())
        return false;
    const QString json = SyncStore(m_session->replica()->database()).stateValue(QStringLiteral("account_grants"));
    if (json.isEmpty())
        return true; // never connected: nothing to hide yet (the server checks every write anyway)
    const QList<Grant> grants = m_sync ? m_sync->accountGrants() : QList<Grant>();
    if (m_sync)
        return std::any_of(grants.cbegin(), grants.cend(),
                           [](const Grant &g) { return g.features.contains(Feature::CallsManage); });
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        if (Grant::fromJson(v.toObject()).features.contains(Feature::CallsManage))
            return true;
    return false;
}

QListWidgetItem *CallPage::itemFor(const SyncRecord &r) const
{
    const QString name = field(r.data, "name");
    auto *item = new QListWidgetItem(name.isEmpty() ? tr("(unnamed campaign)") : name);
    const auto [state, color] = statusOf(field(r.data, "status"));
    item->setData(NewsletterListDelegate::StateRole, state);
    item->setData(NewsletterListDelegate::StateColorRole, color);
    QString details = ZoneChoices::label(r.zone);
    if (const qint64 goal = r.data.value(QLatin1String("goal")).toInteger(0); goal > 0)
        details += QStringLiteral(" · ") + tr("goal %1").arg(QLocale().toString(goal));
    item->setData(NewsletterListDelegate::DetailsRole, details);
    item->setToolTip(name + (r.dirty ? u'\n' + tr("Not yet on the server") : QString()));
    item->setData(IdRole, r.id);
    return item;
}

void CallPage::reload()
{
    m_reloadTimer->stop();
    if (!m_session || !m_session->isUnlocked())
        return;
    m_manage->setVisible(managesCampaigns());
    const QSqlDatabase db = m_session->replica()->database();
    const QString selected = selectedId();
    const QList<SyncRecord> records = RecordRepository(db).list(TypeCampaign);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const SyncRecord &r : records)
            m_list->addItem(itemFor(r));
    }
    select(selected);
    const QString openId = m_editor->record().id;
    const auto it = std::find_if(records.cbegin(), records.cend(), [&](const SyncRecord &r) { return r.id == openId; });
    if (m_editor->isOpen() && !openId.isEmpty()) {
        if (it == records.cend()) {
            m_editor->close();
            m_live->setCampaign({});
        } else if (!m_editor->isModified()
                   && (it->version != m_editor->record().version || it->data != m_editor->record().data)) {
            m_editor->load(*it);
        }
    }
    if (it != records.cend())
        m_live->setCampaign(*it);
    if (m_sync && m_sync->isOnline() && (!m_mineAsked.isValid() || m_mineAsked.elapsed() > MineMinIntervalMs))
        refreshMine();
    fillMine();
}

void CallPage::refreshMine()
{
    if (!m_sync || !m_sync->isOnline() || m_askingMine)
        return;
    m_askingMine = true;
    m_mineAsked.start();
    m_sync->api(QStringLiteral("GET"), QStringLiteral("/calls/mine"), {}, this, [this](const ApiResult &r) {
        m_askingMine = false;
        if (r.ok())
            setMine(r.body);
        else
            m_mineStatus->setText(tr("The server's list of your call sessions is not available: %1").arg(r.error));
    });
}

void CallPage::setMine(const QJsonObject &answer)
{
    m_mineAnswer = answer;
    fillMine();
    for (const QPointer<VolunteerWindow> &w : std::as_const(m_windows))
        if (w)
            for (const QJsonValue &v : answer.value(QLatin1String("campaigns")).toArray())
                if (field(v.toObject(), "id") == w->campaignId())
                    w->setCampaignInfo(v.toObject());
}

void CallPage::fillMine()
{
    if (!m_session || !m_session->isUnlocked())
        return;
    // The contacts reserved on this computer, per campaign, not yet called.
    const RecordRepository repo(m_session->replica()->database());
    QSet<QString> done;
    for (const SyncRecord &r : repo.list(TypeResult))
        done.insert(field(r.data, "assignment_id"));
    QHash<QString, int> inHand;
    QHash<QString, QString> names;
    QStringList order;
    for (const SyncRecord &a : repo.list(TypeAssignment)) {
        const QString id = field(a.data, "campaign_id");
        if (id.isEmpty())
            continue;
        if (!names.contains(id)) {
            names.insert(id, field(a.data, "campaign_name"));
            order << id;
        }
        if (!done.contains(a.id))
            ++inHand[id];
    }
    QList<QJsonObject> rows;
    QSet<QString> listed;
    for (const QJsonValue &v : m_mineAnswer.value(QLatin1String("campaigns")).toArray()) {
        rows << v.toObject();
        listed.insert(field(rows.last(), "id"));
    }
    for (const QString &id : std::as_const(order))
        if (!listed.contains(id))
            rows << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), names.value(id)}};

    const QLocale locale;
    m_mine->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject &c = rows.at(r);
        const QString id = field(c, "id");
        const bool fromServer = c.contains(QLatin1String("status"));
        auto *name = new QTableWidgetItem(field(c, "name").isEmpty() ? tr("(unnamed campaign)") : field(c, "name"));
        name->setData(IdRole, id);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_mine->setItem(r, NameColumn, name);
        QString progress;
        if (fromServer) {
            const qint64 goal = c.value(QLatin1String("goal")).toInteger(0);
            const QString completed = locale.toString(c.value(QLatin1String("completed")).toInteger(0));
            progress = goal > 0 ? tr("%1 of %2 completed").arg(completed, locale.toString(goal))
                                : tr("%1 completed").arg(completed);
            progress += QStringLiteral(" · ")
                + tr("you: %Ln call(s)", nullptr, int(c.value(QLatin1String("my_calls")).toInteger(0)));
        } else {
            progress = tr("(connect for the figures)");
        }
        m_mine->setItem(r, ProgressColumn, new QTableWidgetItem(progress));
        QString hours;
        if (fromServer) {
            const QDateTime next = ContactJson::fromIso(field(c, "next_open"));
            if (field(c, "status") == QLatin1String("paused"))
                hours = tr("paused");
            else if (c.value(QLatin1String("open_now")).toBool())
                hours = tr("open now");
            else if (next.isValid())
                hours = tr("opens %1").arg(locale.toString(next.toLocalTime(), QLocale::ShortFormat));
            else
                hours = tr("closed now");
        }
        m_mine->setItem(r, HoursColumn, new QTableWidgetItem(hours));
        auto *hand = new QTableWidgetItem(locale.toString(inHand.value(id)));
        hand->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        hand->setToolTip(tr("People reserved for you on this computer, not called yet"));
        m_mine->setItem(r, InHandColumn, hand);
        auto *start = new QPushButton(tr("Start calling"), m_mine);
        start->setObjectName(QStringLiteral("startCalling_") + id);
        connect(start, &QPushButton::clicked, this, [this, id] { startCalling(id); });
        m_mine->setCellWidget(r, StartColumn, start);
    }
    // As high as its rows (one at least, four at most): the organisers' part below gets the rest.
    const int shown = std::clamp(int(rows.size()), 1, 4);
    m_mine->setFixedHeight(m_mine->horizontalHeader()->sizeHint().height() + shown * m_mine->verticalHeader()->defaultSectionSize()
                           + 2 * m_mine->frameWidth() + 2);
    if (rows.isEmpty())
        m_mineStatus->setText(m_sync && m_sync->isOnline()
                                  ? tr("You are in no call session. An organiser can add you to a team, or give you an "
                                       "invitation code.")
                                  : tr("No call session on this computer. Connect to the server to see yours."));
    else if (m_mineAnswer.isEmpty())
        m_mineStatus->setText(tr("Offline: the people reserved for you can be called; results are sent at the next sync."));
    else
        m_mineStatus->clear();
}

VolunteerWindow *CallPage::startCalling(const QString &campaignId)
{
    if (campaignId.isEmpty() || !m_session || !m_session->isUnlocked())
        return nullptr;
    if (QPointer<VolunteerWindow> open = m_windows.value(campaignId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    QJsonObject info;
    for (const QJsonValue &v : m_mineAnswer.value(QLatin1String("campaigns")).toArray())
        if (field(v.toObject(), "id") == campaignId)
            info = v.toObject();
    QString name = field(info, "name");
    for (int r = 0; name.isEmpty() && r < m_mine->rowCount(); ++r)
        if (m_mine->item(r, NameColumn)->data(IdRole).toString() == campaignId)
            name = m_mine->item(r, NameColumn)->text();
    // A window of its own, but owned by the main window: locking the profile closes it with the rest.
    auto *w = new VolunteerWindow(m_session, campaignId, name, window());
    w->setSyncController(m_sync);
    if (!info.isEmpty())
        w->setCampaignInfo(info);
    m_windows.insert(campaignId, w);
    connect(w, &QObject::destroyed, this, [this] { fillMine(); });
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

void CallPage::join(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        m_mineStatus->setText(tr("Type the invitation code an organiser gave you."));
        return;
    }
    if (!m_sync || !m_sync->isOnline()) {
        m_mineStatus->setText(tr("Joining a team needs the server: connect first."));
        return;
    }
    m_join->setEnabled(false);
    m_sync->api(QStringLiteral("POST"), QStringLiteral("/calls/join"), QJsonObject{{QStringLiteral("code"), trimmed}}, this,
                [this](const ApiResult &r) {
                    m_join->setEnabled(true);
                    if (!r.ok()) {
                        m_mineStatus->setText(r.httpStatus == 404 || r.httpStatus == 400 || r.httpStatus == 403
                                                  ? tr("This code is not valid (or no longer).")
                                                  : tr("Not joined: %1").arg(r.error));
                        return;
                    }
                    m_code->clear();
                    m_mineStatus->setText(tr("You are now in the team of “%1”.").arg(field(r.body, "name")));
                    refreshMine();
                });
}

QString CallPage::selectedId() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(IdRole).toString();
}

void CallPage::select(const QString &id)
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    for (int i = 0; !id.isEmpty() && i < m_list->count(); ++i)
        if (m_list->item(i)->data(IdRole).toString() == id) {
            m_list->item(i)->setSelected(true);
            m_list->setCurrentItem(m_list->item(i));
            m_list->scrollToItem(m_list->item(i));
        }
}

void CallPage::onSelectionChanged()
{
    const QString id = selectedId();
    if (id.isEmpty() || id == m_editor->record().id)
        return;
    if (!m_editor->saveIfModified()) {
        m_tabs->setCurrentIndex(EditorTab);
        select(m_editor->record().id);
        return;
    }
    open(id);
}

bool CallPage::open(const QString &id)
{
    if (!m_session || !m_session->isUnlocked())
        return false;
    const auto record = RecordRepository(m_session->replica()->database()).get(TypeCampaign, id);
    if (!record)
        return false;
    m_editor->load(*record);
    m_live->setCampaign(*record);
    select(id);
    return true;
}

void CallPage::newCampaign()
{
    if (!m_editor->saveIfModified())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
    }
    m_editor->newCampaign();
    m_live->setCampaign({});
    m_tabs->setCurrentIndex(EditorTab);
}

bool CallPage::saveChanges()
{
    return m_editor->saveIfModified();
}

} // namespace relais
