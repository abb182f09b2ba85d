#include "ProxyPage.h"

#include "ProfileSession.h"
#include "ProxyElectionEditor.h"
#include "ProxyListPanel.h"
#include "ProxyMatchTerms.h"
#include "ProxyMatchView.h"
#include "ProxyMatchWriter.h"
#include "ProxyOfferModel.h"
#include "ProxyRequestModel.h"
#include "ProxyStatsView.h"
#include "ProxySuggestionView.h"
#include "Replica.h"
#include "SyncController.h"
#include "SyncStore.h"
#include "ZoneChoices.h"
#include "ZoneTree.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relais {

namespace {
const QString ErrorStyle = QStringLiteral("color: #b3261e;");

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// The record's own zone and those below or above it; all of them when none is.
QStringList relatedTo(const QStringList &zones, const QString &zone)
{
    const ZoneTree &tree = ZoneTree::france();
    QStringList out;
    for (const QString &z : zones)
        if (zone.isEmpty() || z == zone || tree.isWithin(z, zone) || tree.isWithin(zone, z))
            out << z;
    return out.isEmpty() ? zones : out;
}
} // namespace

ProxyPage::ProxyPage(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_election(new QComboBox(this)),
      m_newElection(new QPushButton(tr("New election…"), this)), m_editElection(new QPushButton(tr("Edit…"), this)),
      m_zone(new QComboBox(this)), m_electionInfo(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_requestModel(new ProxyRequestModel(this)), m_offerModel(new ProxyOfferModel(this)),
      m_requests(new ProxyListPanel(
          QStringLiteral("requests"), tr("Requests (mandants)"), m_requestModel,
          {{ProxyPersonModel::State::Any, tr("All requests")},
           {ProxyPersonModel::State::ToMatch, tr("Needing a mandataire")},
           {ProxyPersonModel::State::InProgress, tr("In progress")},
           {ProxyPersonModel::State::Served, tr("Served")},
           {ProxyPersonModel::State::Withdrawn, tr("Withdrawn")}},
          this)),
      m_offers(new ProxyListPanel(QStringLiteral("offers"), tr("Offers (mandataires)"), m_offerModel,
                                  {{ProxyPersonModel::State::Any, tr("All offers")},
                                   {ProxyPersonModel::State::PlacesLeft, tr("With places left")},
                                   {ProxyPersonModel::State::Full, tr("Full")},
                                   {ProxyPersonModel::State::Withdrawn, tr("Withdrawn")}},
                                  this)),
      m_manualPair(new QLabel(this)), m_manualRound(new QComboBox(this)), m_manualButton(new QPushButton(tr("Match"), this)),
      m_manualMessage(new QLabel(this)), m_suggestions(new ProxySuggestionView(this)), m_matches(new ProxyMatchView(this)),
      m_stats(new ProxyStatsView(this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("proxyPage"));
    m_tabs->setObjectName(QStringLiteral("proxyTabs"));
    m_tabs->addTab(buildPeople(), tr("Requests and offers"));
    m_tabs->addTab(m_suggestions, tr("Suggestions"));
    m_tabs->addTab(m_matches, tr("Matches"));
    m_tabs->addTab(m_stats, tr("Statistics"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTop());
    layout->addWidget(m_tabs, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &ProxyPage::reload);
    connect(m_election, &QComboBox::currentIndexChanged, this, [this] {
        loadBoard();
        fillZones(zone());
        showBoard();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ProxyPage::showBoard);
    connect(m_newElection, &QPushButton::clicked, this, [this] { editElection(true); });
    connect(m_editElection, &QPushButton::clicked, this, [this] { editElection(false); });
    connect(m_requests, &ProxyListPanel::selectionChanged, this, &ProxyPage::updateManual);
    connect(m_offers, &ProxyListPanel::selectionChanged, this, &ProxyPage::updateManual);
    connect(m_manualButton, &QPushButton::clicked, this, &ProxyPage::manualMatchClicked);
    connect(m_suggestions, &ProxySuggestionView::commitRequested, this, &ProxyPage::commit);
    connect(m_matches, &ProxyMatchView::moveRequested, this, &ProxyPage::move);
    // Sync wrote records (new requests from the forms, the server's answers to our matches): read again, a
    // moment later. A hidden page is read again when it is shown (MainWindow calls reload()).
    if (m_session)
        connect(m_session, &ProfileSession::contactsChanged, this, [this] {
            if (isVisible())
                m_reloadTimer->start();
        });
    reload();
}

QWidget *ProxyPage::buildTop()
{
    m_election->setObjectName(QStringLiteral("proxyElectionCombo"));
    m_election->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_election->setMinimumContentsLength(24);
    m_newElection->setObjectName(QStringLiteral("newProxyElectionButton"));
    m_newElection->setToolTip(tr("Open the proxy-vote forms for an election"));
    m_editElection->setObjectName(QStringLiteral("editProxyElectionButton"));
    m_zone->setObjectName(QStringLiteral("proxyZoneCombo"));
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_zone->setToolTip(tr("The requests and offers shown and matched: those of this zone"));
    m_electionInfo->setObjectName(QStringLiteral("proxyElectionInfo"));
    m_electionInfo->setWordWrap(true);
    m_electionInfo->setForegroundRole(QPalette::PlaceholderText);

    auto *electionLabel = new QLabel(tr("&Election:"), this);
    electionLabel->setBuddy(m_election);
    auto *zoneLabel = new QLabel(tr("&Department:"), this);
    zoneLabel->setBuddy(m_zone);
    auto *row = new QHBoxLayout;
    row->addWidget(electionLabel);
    row->addWidget(m_election);
    row->addWidget(m_newElection);
    row->addWidget(m_editElection);
    row->addSpacing(24);
    row->addWidget(zoneLabel);
    row->addWidget(m_zone);
    row->addStretch(1);
    auto *top = new QWidget(this);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_electionInfo);
    return top;
}

QWidget *ProxyPage::buildPeople()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("proxyPeople"));
    split->addWidget(m_requests);
    split->addWidget(m_offers);
    split->setChildrenCollapsible(false);

    m_manualPair->setObjectName(QStringLiteral("manualMatchPair"));
    m_manualRound->setObjectName(QStringLiteral("manualMatchRound"));
    m_manualRound->addItem(tr("every round still needed"), 0);
    m_manualRound->addItem(tr("round 1"), 1);
    m_manualRound->addItem(tr("round 2"), 2);
    m_manualButton->setObjectName(QStringLiteral("manualMatchButton"));
    m_manualButton->setToolTip(tr("Propose the selected offer's mandataire to the selected request's mandant: at the "
                                  "next sync the server e-mails the mandataire"));
    m_manualMessage->setObjectName(QStringLiteral("manualMatchMessage"));
    m_manualMessage->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Match by hand:"), this));
    bar->addWidget(m_manualPair);
    bar->addWidget(m_manualRound);
    bar->addWidget(m_manualButton);
    bar->addStretch(1);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split, 1);
    layout->addLayout(bar);
    layout->addWidget(m_manualMessage);
    return page;
}

void ProxyPage::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SyncController::accountChanged, this, &ProxyPage::reload);
    reload();
}

QList<Grant> ProxyPage::grants() const
{
    if (m_sync)
        return m_sync->accountGrants();
    QList<Grant> out;
    const QString json = SyncStore(m_session->replica()->database()).stateValue(QStringLiteral("account_grants"));
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << Grant::fromJson(v.toObject());
    return out;
}

QUrl ProxyPage::serverUrl() const
{
    if (m_sync)
        return m_sync->serverUrl();
    return QUrl(SyncStore(m_session->replica()->database()).stateValue(QStringLiteral("server_url")));
}

QStringList ProxyPage::ownZones() const
{
    if (!m_session || !m_session->isUnlocked())
        return {};
    const QSqlDatabase db = m_session->replica()->database();
    QList<Grant> account = grants();
    if (account.isEmpty()) {
        // Never signed in: the departments found on this computer (the server checks every write anyway).
        for (const QString &d : ZoneChoices::granted(Feature::ProxiesMatch, {}, db) + m_board.departments())
            account << Grant{0, d, {Feature::ProxiesMatch}, {}, 0};
    }
    return ZoneChoices::granted(Feature::ProxiesMatch, account, db);
}

QStringList ProxyPage::zoneChoices() const
{
    return relatedTo(ownZones(), m_board.election().zone);
}

void ProxyPage::reload()
{
    m_reloadTimer->stop();
    if (!m_session || !m_session->isUnlocked())
        return;
    fillElections(electionId());
    loadBoard();
    fillZones(zone());
    showBoard();
}

void ProxyPage::fillElections(const QString &current)
{
    const QSignalBlocker blocker(m_election);
    m_election->clear();
    for (const SyncRecord &r : RecordRepository(m_session->replica()->database()).list(ProxyBoard::ElectionType)) {
        const QString name = field(r.data, "name");
        m_election->addItem(tr("%1 (%2)").arg(name.isEmpty() ? tr("(unnamed election)") : name, ZoneChoices::label(r.zone)),
                            r.id);
    }
    m_election->setCurrentIndex(std::max(0, m_election->findData(current)));
}

void ProxyPage::fillZones(const QString &current)
{
    const QSignalBlocker blocker(m_zone);
    const QStringList zones = zoneChoices();
    ZoneChoices::fill(m_zone, zones, zones.contains(current) ? current : zones.value(0));
}

void ProxyPage::loadBoard()
{
    if (m_session && m_session->isUnlocked())
        m_board.load(m_session->replica()->database(), electionId());
    else
        m_board = ProxyBoard();
}

bool ProxyPage::selectElection(const QString &id)
{
    const int index = m_election->findData(id);
    if (index < 0)
        return false;
    m_election->setCurrentIndex(index);
    return true;
}

QString ProxyPage::electionId() const
{
    return m_election->currentData().toString();
}

bool ProxyPage::selectZone(const QString &zone)
{
    const int index = m_zone->findData(zone);
    if (index < 0)
        return false;
    m_zone->setCurrentIndex(index);
    return true;
}

QString ProxyPage::zone() const
{
    return m_zone->currentData().toString();
}

void ProxyPage::showBoard()
{
    const QString z = zone();
    const QString request = m_requests->selectedId();
    const QString offer = m_offers->selectedId();
    m_requestModel->setBoard(&m_board);
    m_offerModel->setBoard(&m_board);
    m_requests->setZone(z);
    m_offers->setZone(z);
    m_requests->select(request);
    m_offers->select(offer);
    const bool twoRounds = m_board.electionRounds() == BothRounds;
    m_requests->setTwoRounds(twoRounds, ProxyRequestModel::Round2Column);
    m_offers->setTwoRounds(twoRounds, ProxyOfferModel::Round2Column);
    m_manualRound->setVisible(twoRounds);
    if (!twoRounds)
        m_manualRound->setCurrentIndex(0);
    m_suggestions->setBoard(&m_board, z);
    m_matches->setBoard(&m_board, z);
    m_stats->setBoard(&m_board, z);

    const bool any = !m_board.isEmpty();
    m_tabs->setEnabled(any);
    m_editElection->setEnabled(any);
    m_zone->setEnabled(any);
    if (!any) {
        m_electionInfo->setText(tr("No election yet: create one with “New election…”, or sync to receive those of "
                                   "your organisation."));
    } else {
        const QLocale locale;
        QStringList parts;
        for (const QJsonValue &v : m_board.election().data.value(QLatin1String("rounds")).toArray()) {
            const QJsonObject round = v.toObject();
            const QDate date = QDate::fromString(field(round, "date"), Qt::ISODate);
            parts << tr("round %1 on %2").arg(round.value(QLatin1String("round")).toInt())
                         .arg(date.isValid() ? locale.toString(date, QLocale::ShortFormat) : tr("(no date)"));
        }
        const ProxyRules rules = m_board.rules();
        parts << tr("at most %1 procurations per mandataire, %2 of them established in France")
                     .arg(rules.maxTotal)
                     .arg(rules.maxInFrance);
        parts << (m_board.election().data.value(QLatin1String("forms_open")).toBool() ? tr("public forms open")
                                                                                      : tr("public forms closed"));
        QString info = parts.join(QStringLiteral(" · "));
        info[0] = info.at(0).toUpper();
        m_electionInfo->setText(info);
    }
    updateManual();
}

void ProxyPage::updateManual()
{
    const ProxyPerson *r = m_board.request(m_requests->selectedId());
    const ProxyPerson *o = m_board.offer(m_offers->selectedId());
    m_manualButton->setEnabled(r && o);
    if (r && o)
        m_manualPair->setText(tr("%1 (mandant) with %2 (mandataire), for").arg(r->name(), o->name()));
    else
        m_manualPair->setText(tr("select a request and an offer in the lists above."));
}

void ProxyPage::manualMatchClicked()
{
    matchManually(m_requests->selectedId(), m_offers->selectedId(), m_manualRound->currentData().toInt());
}

bool ProxyPage::matchManually(const QString &requestId, const QString &offerId, int round, QString *error)
{
    if (!m_session || !m_session->isUnlocked())
        return false;
    // The replica as it is now: a sync may have brought other matches since the lists were read.
    loadBoard();
    showBoard();
    QList<MatchSuggestion> suggestions;
    QString problem = ProxyMatchWriter::checkManual(m_board, requestId, offerId, round, &suggestions);
    const ProxyPerson *r = m_board.request(requestId);
    const ProxyPerson *o = m_board.offer(offerId);
    if (problem.isEmpty())
        ProxyMatchWriter(m_session->replica()->database())
            .create(m_board, suggestions, ProxyMatchTerms::Proposed, true, &problem);
    if (!problem.isEmpty()) {
        m_manualMessage->setStyleSheet(ErrorStyle);
        m_manualMessage->setText(problem);
        if (error)
            *error = problem;
        return false;
    }
    m_manualMessage->setStyleSheet(QString());
    m_manualMessage->setText(tr("Proposed: %1 for %2 (%n round(s)). At the next sync the server e-mails the mandataire.",
                                nullptr, int(suggestions.size()))
                                 .arg(o->name(), r->name()));
    afterWrite();
    return true;
}

void ProxyPage::commit(const QList<MatchSuggestion> &suggestions, const QString &status)
{
    if (!m_session || !m_session->isUnlocked())
        return;
    loadBoard();
    showBoard();
    QString error;
    int written = 0;
    if (!ProxyMatchWriter(m_session->replica()->database()).create(m_board, suggestions, status, false, &error, &written)) {
        m_suggestions->setMessage(error);
        if (written > 0)
            afterWrite();
        return;
    }
    m_suggestions->clear();
    m_suggestions->setMessage(status == ProxyMatchTerms::Proposed
                                  ? tr("%n match(es) proposed: at the next sync the server e-mails each mandataire.",
                                       nullptr, written)
                                  : tr("%n match(es) kept as suggestions: they hold their slots, nobody is e-mailed.",
                                       nullptr, written));
    afterWrite();
}

void ProxyPage::move(const QStringList &ids, const QString &status)
{
    if (!m_session || !m_session->isUnlocked())
        return;
    loadBoard();
    showBoard();
    QString error;
    if (!ProxyMatchWriter(m_session->replica()->database()).move(m_board, ids, status, &error)) {
        m_matches->setMessage(error);
        return;
    }
    m_matches->setMessage(tr("%n match(es) now “%1”; sent to the server at the next sync.", nullptr, int(ids.size()))
                              .arg(ProxyMatchTerms::label(status).toLower()));
    afterWrite();
}

void ProxyPage::afterWrite()
{
    if (m_sync)
        m_sync->nudge();
    else if (m_session)
        Q_EMIT m_session->contactsChanged(); // the sync engine pushes soon after
    reload();
}

ProxyElectionEditor *ProxyPage::editorFor(const SyncRecord &election)
{
    auto *editor = new ProxyElectionEditor(m_session->replica()->database(), ownZones(), serverUrl(), this);
    editor->load(election);
    return editor;
}

void ProxyPage::editElection(bool create)
{
    if (!m_session || !m_session->isUnlocked())
        return;
    // On the heap: a lock while the dialog is open closes it and destroys this page.
    QPointer<ProxyElectionEditor> editor = editorFor(create ? SyncRecord() : m_board.election());
    const bool saved = editor->exec() == QDialog::Accepted && editor;
    const QString id = editor ? editor->record().id : QString();
    delete editor.data();
    if (!saved)
        return;
    afterWrite();
    selectElection(id);
}

} // namespace relais
