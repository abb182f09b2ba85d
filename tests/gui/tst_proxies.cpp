// Offscreen tests of the Proxy votes module (procurations, docs/sync-protocol.md "Proxy votes"), on a real
// encrypted replica filled as if pulled from the server: the election editor (validation, slug, form addresses,
// the proxy_election JSON), the requests and offers lists and their filters, "Suggest matches" on a small
// hand-built department (expected pairs and reasons, art. L73, the greedy baseline, nothing written before
// "Propose selected"), the manual match and its refusals, the transitions of a match, a rejected push replaced by
// the server's state, and the statistics per department. With RELAIS_PROXIES_SCREENSHOTS=DIR, saves
// proxies-matching.png, proxies-lists.png, proxies-matches.png, proxies-stats.png and proxies-election.png there,
// and their French versions (-fr).
#include "MainWindow.h"
#include "ProfileSession.h"
#include "ProxyBoard.h"
#include "ProxyElectionEditor.h"
#include "ProxyListPanel.h"
#include "ProxyMatchModel.h"
#include "ProxyMatchView.h"
#include "ProxyMatchWriter.h"
#include "ProxyOfferModel.h"
#include "ProxyPage.h"
#include "ProxyPersonFilter.h"
#include "ProxyRequestModel.h"
#include "ProxyStatsView.h"
#include "ProxyTestData.h"
#include "ProxySuggestionModel.h"
#include "ProxySuggestionView.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncRecordStore.h"
#include "SyncStore.h"
#include "ZoneTree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace relais;

using namespace relais::proxytest;

class TestProxies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_en = new QTranslator(this);
        if (m_en->load(QLocale(QLocale::English), QStringLiteral("relais"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(m_en);
        ZoneTree::france();
    }

    void electionEditorValidatesAndSaves()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("D69"), {QStringLiteral("proxies.match"), QStringLiteral("contacts.read")}},
                     {QStringLiteral("D01"), {QStringLiteral("contacts.read")}}});
        QVERIFY(p.pull(ProxyBoard::ElectionType, electionJson(QStringLiteral("D69"))));
        SyncStore(p.db()).setStateValue(QStringLiteral("server_url"), Server);
        ProxyPage page(&p.session);
        std::unique_ptr<ProxyElectionEditor> editor(page.editorFor({}));
        editor->show();
        // Only the zones where the account may match proxy votes.
        auto *zone = child<QComboBox>(editor.get(), "proxyElectionZone");
        QCOMPARE(zone->count(), 1);
        QCOMPARE(zone->currentData().toString(), QStringLiteral("D69"));
        // Art. L73 by default, and said so.
        QCOMPARE(child<QSpinBox>(editor.get(), "proxyElectionMaxTotal")->value(), 2);
        QCOMPARE(child<QSpinBox>(editor.get(), "proxyElectionMaxInFrance")->value(), 1);
        QVERIFY(child<QLabel>(editor.get(), "proxyElectionRulesNote")->text().contains(QStringLiteral("L73")));
        QVERIFY(child<QCheckBox>(editor.get(), "proxyElectionTwoRounds")->isChecked());
        QCOMPARE(child<QDateEdit>(editor.get(), "proxyElectionRound1")->date().dayOfWeek(), 7); // a Sunday

        QString error;
        QVERIFY(!editor->save(&error));
        QVERIFY2(error.contains(QStringLiteral("Give the election a name")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("public address")), qPrintable(error));
        QVERIFY(child<QLabel>(editor.get(), "proxyElectionProblems")->text().startsWith(QStringLiteral("Not saved")));
        QVERIFY(p.matches().isEmpty());
        QCOMPARE(RecordRepository(p.db()).list(ProxyBoard::ElectionType).size(), 1);

        // The address follows the name, and the two form addresses show.
        typeIn(child<QLineEdit>(editor.get(), "proxyElectionName"), QStringLiteral("Législatives 2027 à Lyon"));
        auto *slug = child<QLineEdit>(editor.get(), "proxyElectionSlug");
        QCOMPARE(slug->text(), QStringLiteral("legislatives-2027-a-lyon"));
        QCOMPARE(editor->formUrls(),
                 QStringList({Server + QStringLiteral("/v/legislatives-2027-a-lyon/mandant"),
                              Server + QStringLiteral("/v/legislatives-2027-a-lyon/mandataire")}));
        QVERIFY(child<QLabel>(editor.get(), "proxyElectionUrls")->text().contains(QStringLiteral("/v/legislatives-2027-a-lyon/mandataire")));

        // Clear messages for each problem.
        typeIn(slug, QStringLiteral("municipales-2027")); // the other election's
        child<QSpinBox>(editor.get(), "proxyElectionMaxInFrance")->setValue(3);
        auto *round2 = child<QDateEdit>(editor.get(), "proxyElectionRound2");
        round2->setDate(child<QDateEdit>(editor.get(), "proxyElectionRound1")->date().addDays(-7));
        QVERIFY(!editor->save(&error));
        QVERIFY2(error.contains(QStringLiteral("“Municipales 2027” already uses this address")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("more procurations established in France (3) than procurations in all (2)")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("second round must come after the first")), qPrintable(error));
        QVERIFY(child<QLabel>(editor.get(), "proxyElectionRulesNote")->text().contains(QStringLiteral("the server refuses more")));
        typeIn(slug, QStringLiteral("Législatives!"));
        QVERIFY(!editor->save(&error));
        QVERIFY2(error.contains(QStringLiteral("lowercase letters")), qPrintable(error));
        QCOMPARE(RecordRepository(p.db()).list(ProxyBoard::ElectionType).size(), 1);

        typeIn(slug, QStringLiteral("legislatives-lyon-2027"));
        child<QSpinBox>(editor.get(), "proxyElectionMaxInFrance")->setValue(1);
        const QDate first(2027, 6, 13);
        child<QDateEdit>(editor.get(), "proxyElectionRound1")->setDate(first);
        round2->setDate(first.addDays(7));
        child<QCheckBox>(editor.get(), "proxyElectionFormsOpen")->setChecked(false);
        auto *language = child<QComboBox>(editor.get(), "proxyElectionLanguage");
        QCOMPARE(language->currentData().toString(), QStringLiteral("en")); // the test's locale
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QVERIFY2(editor->save(&error), qPrintable(error));

        const SyncRecord saved = editor->record();
        QVERIFY(!saved.id.isEmpty());
        const std::optional<SyncRecord> stored = RecordRepository(p.db()).get(ProxyBoard::ElectionType, saved.id);
        QVERIFY(stored);
        QVERIFY(stored->dirty);
        QCOMPARE(stored->zone, QStringLiteral("D69"));
        const QJsonObject &d = stored->data;
        QCOMPARE(d.value(QLatin1String("name")).toString(), QStringLiteral("Législatives 2027 à Lyon"));
        QCOMPARE(d.value(QLatin1String("slug")).toString(), QStringLiteral("legislatives-lyon-2027"));
        QCOMPARE(d.value(QLatin1String("rounds")).toArray(),
                 QJsonArray({QJsonObject{{QStringLiteral("round"), 1}, {QStringLiteral("date"), QStringLiteral("2027-06-13")}},
                             QJsonObject{{QStringLiteral("round"), 2}, {QStringLiteral("date"), QStringLiteral("2027-06-20")}}}));
        QCOMPARE(d.value(QLatin1String("rules")).toObject(),
                 QJsonObject({{QStringLiteral("max_total"), 2}, {QStringLiteral("max_in_france"), 1}}));
        QCOMPARE(d.value(QLatin1String("forms_open")).toBool(true), false);
        QCOMPARE(d.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(p.queued(ProxyBoard::ElectionType), 1);

        // One round only.
        editor->load(*stored);
        QVERIFY(!child<QCheckBox>(editor.get(), "proxyElectionFormsOpen")->isChecked());
        child<QCheckBox>(editor.get(), "proxyElectionTwoRounds")->setChecked(false);
        QVERIFY(!round2->isEnabled());
        round2->setDate(first.addDays(-1)); // not checked when there is no second round
        QVERIFY2(editor->save(&error), qPrintable(error));
        QCOMPARE(RecordRepository(p.db()).get(ProxyBoard::ElectionType, saved.id)->data.value(QLatin1String("rounds")).toArray().size(), 1);
        QCOMPARE(RecordRepository(p.db()).list(ProxyBoard::ElectionType).size(), 2);

        // The page lists it, and shows one round.
        page.reload();
        QVERIFY(page.selectElection(saved.id));
        QCOMPARE(page.board().electionRounds(), 1);
        QVERIFY(page.requestsPanel()->table()->isColumnHidden(ProxyRequestModel::Round2Column));
        QVERIFY(!child<QComboBox>(page.requestsPanel(), "requestsRound")->isVisibleTo(&page));
        QVERIFY(child<QLabel>(&page, "proxyElectionInfo")->text().contains(QStringLiteral("public forms closed")));
    }

    void pageListsRequestsAndOffers()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("R84"), {QStringLiteral("proxies.match"), QStringLiteral("contacts.read")}}});
        QVERIFY(p.pullScenario());
        QVERIFY(p.pull(MatchType, matchJson(matchId(1), requestId(2), offerId(1), 1, QStringLiteral("confirmed"),
                                             QStringLiteral("same_polling_station"))));
        ProxyPage page(&p.session);
        page.resize(1200, 800);
        page.show();
        QVERIFY(page.selectElection(Election));
        QVERIFY(page.zoneChoices().contains(QStringLiteral("R84")));
        QVERIFY(page.zoneChoices().contains(QStringLiteral("D69")));
        QVERIFY(page.zoneChoices().contains(QStringLiteral("D01")));
        QVERIFY(page.selectZone(QStringLiteral("D69")));

        ProxyListPanel *requests = page.requestsPanel();
        ProxyListPanel *offers = page.offersPanel();
        QCOMPARE(requests->filter()->rowCount(), 5); // the Rhône's, the withdrawn one included
        QCOMPARE(offers->filter()->rowCount(), 3);
        QCOMPARE(panelCell(requests, requestId(5), ProxyRequestModel::NameColumn), QString()); // in the Ain
        QCOMPARE(panelCell(requests, requestId(3), ProxyRequestModel::NameColumn), QStringLiteral("Chloé Petit"));
        QCOMPARE(panelCell(requests, requestId(3), ProxyRequestModel::AbroadColumn), QStringLiteral("Yes"));
        QCOMPARE(panelCell(requests, requestId(1), ProxyRequestModel::AbroadColumn), QString());
        QCOMPARE(panelCell(requests, requestId(1), ProxyRequestModel::CommuneColumn), QStringLiteral("69001 Lyon 1er"));
        QCOMPARE(panelCell(requests, requestId(1), ProxyRequestModel::StationColumn), QStringLiteral("Bureau 0101"));
        QCOMPARE(panelCell(requests, requestId(4), ProxyRequestModel::RoundsColumn), QStringLiteral("2"));
        // Per round: served, to match, not asked.
        QCOMPARE(panelCell(requests, requestId(2), ProxyRequestModel::Round1Column), QStringLiteral("Confirmed"));
        QCOMPARE(panelCell(requests, requestId(1), ProxyRequestModel::Round1Column), QStringLiteral("To match"));
        QCOMPARE(panelCell(requests, requestId(1), ProxyRequestModel::Round2Column), QStringLiteral("—"));
        QCOMPARE(panelCell(requests, requestId(6), ProxyRequestModel::StatusColumn), QStringLiteral("Withdrawn"));
        QCOMPARE(panelCell(offers, offerId(1), ProxyOfferModel::Round1Column), QStringLiteral("1 held · abroad only"));
        QCOMPARE(panelCell(offers, offerId(1), ProxyOfferModel::Round2Column), QStringLiteral("Free"));
        QCOMPARE(panelCell(offers, offerId(2), ProxyOfferModel::Round2Column), QStringLiteral("—"));
        QCOMPARE(panelCell(offers, offerId(2), ProxyOfferModel::RoundsColumn), QStringLiteral("1"));

        // Filters: state, round, text; sorting by name (last name first).
        auto *state = child<QComboBox>(requests, "requestsState");
        state->setCurrentIndex(state->findData(int(ProxyPersonModel::State::ToMatch)));
        QCOMPARE(requests->filter()->rowCount(), 3); // R1, R3, R4
        QVERIFY(panelCell(requests, requestId(2), 0).isEmpty());
        state->setCurrentIndex(state->findData(int(ProxyPersonModel::State::Served)));
        QCOMPARE(requests->filter()->rowCount(), 1);
        QCOMPARE(panelCell(requests, requestId(2), 0), QStringLiteral("Bruno Garnier"));
        state->setCurrentIndex(state->findData(int(ProxyPersonModel::State::Withdrawn)));
        QCOMPARE(requests->filter()->rowCount(), 1);
        state->setCurrentIndex(0);
        auto *round = child<QComboBox>(requests, "requestsRound");
        round->setCurrentIndex(round->findData(2));
        QCOMPARE(requests->filter()->rowCount(), 1);
        QCOMPARE(panelCell(requests, requestId(4), 0), QStringLiteral("Denis Roux"));
        round->setCurrentIndex(0);
        child<QLineEdit>(requests, "requestsFilter")->setText(QStringLiteral("chloe"));
        QCOMPARE(requests->filter()->rowCount(), 1);
        child<QLineEdit>(requests, "requestsFilter")->setText(QStringLiteral("bureau 0101"));
        QCOMPARE(requests->filter()->rowCount(), 3); // R1, R2, R6
        child<QLineEdit>(requests, "requestsFilter")->clear();
        QCOMPARE(requests->filter()->rowCount(), 5);
        requests->table()->sortByColumn(ProxyRequestModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(requests->table()->model()->index(0, 0).data().toString(), QStringLiteral("Bruno Garnier"));
        QCOMPARE(requests->table()->model()->index(4, 0).data().toString(), QStringLiteral("Denis Roux"));
        auto *offerState = child<QComboBox>(offers, "offersState");
        offerState->setCurrentIndex(offerState->findData(int(ProxyPersonModel::State::PlacesLeft)));
        QCOMPARE(offers->filter()->rowCount(), 3);
        child<QComboBox>(offers, "offersRound")->setCurrentIndex(1); // round 1: O1 (abroad only) and O2
        QCOMPARE(offers->filter()->rowCount(), 2);

        // The whole region: the Ain too.
        QVERIFY(page.selectZone(QStringLiteral("R84")));
        QCOMPARE(requests->filter()->rowCount(), 6);
        QCOMPARE(panelCell(requests, requestId(5), 0), QStringLiteral("Élise Faure"));

        // A two-round election shows its round 2 column (a one-round one does not: electionEditorValidatesAndSaves).
        QVERIFY(!requests->table()->isColumnHidden(ProxyRequestModel::Round2Column));
    }

    void suggestionsPreviewThenPropose()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("R84"), {QStringLiteral("proxies.match"), QStringLiteral("contacts.read")}}});
        QVERIFY(p.pullScenario());
        ProxyPage page(&p.session);
        page.resize(1200, 800);
        page.show();
        QVERIFY(page.selectElection(Election));
        QVERIFY(page.selectZone(QStringLiteral("D69")));
        page.tabs()->setCurrentIndex(ProxyPage::SuggestionsTab);
        ProxySuggestionView *view = page.suggestionView();
        QVERIFY(!child<QPushButton>(view, "proposeSelectedButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(view, "suggestMatchesButton"), Qt::LeftButton);

        // The expected pairs: the same polling station whenever it can be, every request-round served.
        ProxySuggestionModel *model = view->model();
        QCOMPARE(previewPairs(model), QSet<QString>({pair(2, 1, 1, "same_polling_station"), pair(1, 2, 1, "same_commune"),
                                                     pair(3, 2, 1, "same_polling_station"),
                                                     pair(4, 3, 2, "same_polling_station")}));
        // Art. L73: per offer and round, at most one request established in France, two in all.
        QHash<QString, int> france;
        QHash<QString, int> total;
        for (int row = 0; row < model->rowCount(); ++row) {
            const MatchSuggestion &s = model->suggestion(row);
            const QString key = s.offerId + QString::number(s.round);
            ++total[key];
            if (!page.board().request(s.requestId)->abroad)
                ++france[key];
        }
        for (auto it = france.cbegin(); it != france.cend(); ++it)
            QVERIFY2(it.value() <= 1, qPrintable(it.key()));
        for (auto it = total.cbegin(); it != total.cend(); ++it)
            QVERIFY2(it.value() <= 2, qPrintable(it.key()));
        QCOMPARE(france.value(offerId(1) + u'1'), 1); // two France requests at O1's polling station, one for O1
        QCOMPARE(total.value(offerId(2) + u'1'), 2);
        // The reasons as read, and the totals against first-come matching.
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->suggestion(row).requestId == requestId(1)) {
                QCOMPARE(model->index(row, ProxySuggestionModel::ReasonColumn).data().toString(), QStringLiteral("Same commune"));
                QCOMPARE(model->index(row, ProxySuggestionModel::MandantColumn).data().toString(), QStringLiteral("Alice Martin"));
                QCOMPARE(model->index(row, ProxySuggestionModel::MandataireColumn).data().toString(), QStringLiteral("Bruno Garnier"));
            } else if (model->suggestion(row).requestId == requestId(2)) {
                QCOMPARE(model->index(row, ProxySuggestionModel::ReasonColumn).data().toString(), QStringLiteral("Same polling station"));
            }
        QCOMPARE(view->result().slotsWanted, 4);
        QCOMPARE(view->result().slotsServed, 4);
        QCOMPARE(view->baseline().slotsServed, 3);
        const QString summary = child<QLabel>(view, "suggestionSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("4 of 4 request-rounds served")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("1 more than first-come matching would serve (3)")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Same polling station: 3 · same commune: 1 · same department: 0")),
                 qPrintable(summary));

        // Nothing written or queued before the cadre chooses.
        QVERIFY(p.matches().isEmpty());
        QCOMPARE(p.queued(MatchType), 0);

        // Untick R3's row, then propose the other three.
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->suggestion(row).requestId == requestId(3))
                QVERIFY(model->setData(model->index(row, ProxySuggestionModel::MandantColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(child<QPushButton>(view, "proposeSelectedButton")->text(), QStringLiteral("Propose selected (3)"));
        QTest::mouseClick(child<QPushButton>(view, "proposeSelectedButton"), Qt::LeftButton);
        QList<SyncRecord> saved = p.matches();
        QCOMPARE(saved.size(), 3);
        QSet<QString> written;
        for (const SyncRecord &r : saved) {
            QVERIFY(r.dirty);
            QCOMPARE(r.version, 0);
            QCOMPARE(r.zone, QStringLiteral("D69"));
            QCOMPARE(r.data.value(QLatin1String("status")).toString(), QStringLiteral("proposed"));
            QCOMPARE(r.data.value(QLatin1String("election_id")).toString(), Election);
            written << QStringLiteral("%1>%2@%3:%4")
                           .arg(r.data.value(QLatin1String("request_id")).toString(), r.data.value(QLatin1String("offer_id")).toString())
                           .arg(r.data.value(QLatin1String("round")).toInt())
                           .arg(r.data.value(QLatin1String("reason")).toString());
        }
        QCOMPARE(written, QSet<QString>({pair(2, 1, 1, "same_polling_station"), pair(1, 2, 1, "same_commune"),
                                         pair(4, 3, 2, "same_polling_station")}));
        QCOMPARE(p.queued(MatchType), 3);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY2(child<QLabel>(view, "suggestionMessage")->text().contains(QStringLiteral("3 matches proposed")),
                 qPrintable(child<QLabel>(view, "suggestionMessage")->text()));
        QCOMPARE(panelCell(page.requestsPanel(), requestId(1), ProxyRequestModel::Round1Column), QStringLiteral("Proposed"));

        // Suggesting again: only R3 is left; O2 may still take someone established abroad. Kept as a suggestion.
        view->suggest();
        QCOMPARE(previewPairs(model), QSet<QString>({pair(3, 2, 1, "same_polling_station")}));
        QCOMPARE(view->baseline().slotsServed, 1);
        QVERIFY(view->summary().contains(QStringLiteral("As many as first-come matching")));
        QTest::mouseClick(child<QPushButton>(view, "keepSuggestionsButton"), Qt::LeftButton);
        saved = p.matches();
        QCOMPARE(saved.size(), 4);
        const auto kept = std::find_if(saved.cbegin(), saved.cend(), [](const SyncRecord &r) {
            return r.data.value(QLatin1String("request_id")).toString() == requestId(3);
        });
        QVERIFY(kept != saved.cend());
        QCOMPARE(kept->data.value(QLatin1String("status")).toString(), QStringLiteral("suggested"));
        QCOMPARE(kept->data.value(QLatin1String("offer_id")).toString(), offerId(2));
        QVERIFY(kept->dirty);
        QCOMPARE(p.queued(MatchType), 4);
        view->suggest();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(view->summary().contains(QStringLiteral("No request here is waiting")));

        // The whole region: the Ain's pair, same commune.
        QVERIFY(page.selectZone(QStringLiteral("R84")));
        QCOMPARE(model->rowCount(), 0); // another zone: the old preview went
        view->suggest();
        QCOMPARE(previewPairs(model), QSet<QString>({pair(5, 4, 1, "same_commune")}));

        // A preview made before someone else took the slot is refused, nothing written.
        QVERIFY(p.pull(MatchType, matchJson(matchId(9), requestId(5), offerId(4), 1, QStringLiteral("proposed"),
                                             QStringLiteral("same_commune"), {}, QStringLiteral("D01"))));
        QTest::mouseClick(child<QPushButton>(view, "proposeSelectedButton"), Qt::LeftButton);
        QCOMPARE(p.matches().size(), 5); // the pulled one only
        QCOMPARE(p.queued(MatchType), 4);
        QVERIFY2(child<QLabel>(view, "suggestionMessage")->text().contains(QStringLiteral("suggest the matches again")),
                 qPrintable(child<QLabel>(view, "suggestionMessage")->text()));
    }

    void manualMatchIsChecked()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("R84"), {QStringLiteral("proxies.match")}}});
        QVERIFY(p.pullScenario());
        // R2 holds O1's place for France in round 1 (from the server).
        QVERIFY(p.pull(MatchType, matchJson(matchId(1), requestId(2), offerId(1), 1, QStringLiteral("accepted"),
                                             QStringLiteral("same_polling_station"))));
        ProxyPage page(&p.session);
        page.resize(1200, 800);
        page.show();
        QVERIFY(page.selectElection(Election));
        QVERIFY(page.selectZone(QStringLiteral("R84")));
        auto *button = child<QPushButton>(&page, "manualMatchButton");
        QVERIFY(!button->isEnabled());

        // Through the lists: Bruno Garnier's request with his own offer.
        QVERIFY(selectRow(page.requestsPanel()->table(), requestId(2), ProxyPersonModel::IdRole));
        QVERIFY(!button->isEnabled());
        QVERIFY(selectRow(page.offersPanel()->table(), offerId(2), ProxyPersonModel::IdRole));
        QVERIFY(button->isEnabled());
        QVERIFY(child<QLabel>(&page, "manualMatchPair")->text().contains(QStringLiteral("Bruno Garnier (mandant) with Bruno Garnier")));
        QTest::mouseClick(button, Qt::LeftButton);
        const QString message = child<QLabel>(&page, "manualMatchMessage")->text();
        QVERIFY2(message.contains(QStringLiteral("Bruno Garnier cannot hold their own procuration")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("same person")), qPrintable(message));
        QCOMPARE(p.matches().size(), 1);

        // Every refusal says why, and writes nothing.
        QString error;
        QVERIFY(!page.matchManually(requestId(1), offerId(1), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("In round 1, Olivier Blanc already holds 1 procuration established in France")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("art. L73")), qPrintable(error));
        QVERIFY(!page.matchManually(requestId(5), offerId(1), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("The request is in 01 – Ain and the offer in 69 – Rhône")), qPrintable(error));
        QVERIFY(!page.matchManually(requestId(4), offerId(1), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("Denis Roux does not ask for a mandataire in round 1")), qPrintable(error));
        QVERIFY(!page.matchManually(requestId(4), offerId(2), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("Bruno Garnier is not available in round 2")), qPrintable(error));
        QVERIFY(!page.matchManually(requestId(2), offerId(3), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("Round 1 of this request is already held by Olivier Blanc (accepted)")),
                 qPrintable(error));
        QVERIFY(!page.matchManually(requestId(2), offerId(3), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("already has a mandataire")), qPrintable(error));
        QVERIFY(!page.matchManually(requestId(6), offerId(2), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("withdrawn")), qPrintable(error));
        QCOMPARE(p.matches().size(), 1);
        QCOMPARE(p.queued(MatchType), 0);

        // Allowed: R3 is established abroad, so O1 may still take them.
        QVERIFY2(page.matchManually(requestId(3), offerId(1), 0, &error), qPrintable(error));
        QList<SyncRecord> saved = p.matches();
        QCOMPARE(saved.size(), 2);
        const SyncRecord &manual = saved.at(saved.at(0).id == matchId(1) ? 1 : 0);
        QVERIFY(manual.dirty);
        QCOMPARE(manual.zone, QStringLiteral("D69"));
        QCOMPARE(manual.data.value(QLatin1String("request_id")).toString(), requestId(3));
        QCOMPARE(manual.data.value(QLatin1String("offer_id")).toString(), offerId(1));
        QCOMPARE(manual.data.value(QLatin1String("round")).toInt(), 1);
        QCOMPARE(manual.data.value(QLatin1String("status")).toString(), QStringLiteral("proposed"));
        QCOMPARE(manual.data.value(QLatin1String("reason")).toString(), QStringLiteral("manual"));
        QCOMPARE(p.queued(MatchType), 1);
        QVERIFY(child<QLabel>(&page, "manualMatchMessage")->text().startsWith(QStringLiteral("Proposed: Olivier Blanc for Chloé Petit")));
        // Now O1 is full in round 1.
        QVERIFY(!page.matchManually(requestId(1), offerId(1), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("Olivier Blanc is full in round 1: they already hold 2 procurations")),
                 qPrintable(error));
        QCOMPARE(p.matches().size(), 2);
    }

    void transitionsAndServerState()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("D69"), {QStringLiteral("proxies.match")}}});
        QVERIFY(p.pullScenario());
        const QJsonArray history{QJsonObject{{QStringLiteral("at"), QStringLiteral("2027-03-02T18:00:00.000Z")},
                                             {QStringLiteral("status"), QStringLiteral("proposed")},
                                             {QStringLiteral("by"), QStringLiteral("cmartin")}}};
        QVERIFY(p.pull(MatchType, matchJson(matchId(1), requestId(2), offerId(1), 1, QStringLiteral("proposed"),
                                             QStringLiteral("same_polling_station"), history)));
        QVERIFY(p.pull(MatchType, matchJson(matchId(2), requestId(4), offerId(3), 2, QStringLiteral("suggested"),
                                             QStringLiteral("same_polling_station"))));
        ProxyPage page(&p.session);
        page.resize(1200, 800);
        page.show();
        QVERIFY(page.selectElection(Election));
        page.tabs()->setCurrentIndex(ProxyPage::MatchesTab);
        ProxyMatchView *view = page.matchView();
        QCOMPARE(view->model()->rowCount(), 2);

        view->select({matchId(1)});
        QCOMPARE(view->selectedIds(), QStringList{matchId(1)});
        QVERIFY(view->actionButton(QStringLiteral("accepted"))->isEnabled());
        QVERIFY(view->actionButton(QStringLiteral("declined"))->isEnabled());
        QVERIFY(view->actionButton(QStringLiteral("cancelled"))->isEnabled());
        QVERIFY(!view->actionButton(QStringLiteral("confirmed"))->isEnabled());
        QVERIFY(!view->actionButton(QStringLiteral("done"))->isEnabled());
        QVERIFY(!view->actionButton(QStringLiteral("proposed"))->isEnabled());
        // What the official form needs, and the server's history.
        const QString details = child<QTextBrowser>(view, "matchDetails")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Mandataire: Olivier Blanc")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("12345671")), qPrintable(details)); // voter number
        QVERIFY2(details.contains(QStringLiteral("Proposed, by cmartin")), qPrintable(details));

        // Mark accepted: the record, with its history, goes back to the server with the new status.
        const qint64 pulledVersion = RecordRepository(p.db()).get(MatchType, matchId(1))->version;
        QVERIFY(pulledVersion > 0);
        QTest::mouseClick(view->actionButton(QStringLiteral("accepted")), Qt::LeftButton);
        std::optional<SyncRecord> m1 = RecordRepository(p.db()).get(MatchType, matchId(1));
        QVERIFY(m1);
        QVERIFY(m1->dirty);
        QCOMPARE(m1->version, pulledVersion); // the base version of the push
        QCOMPARE(m1->data.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(m1->data.value(QLatin1String("history")).toArray(), history);
        QCOMPARE(p.queued(MatchType), 1);
        QCOMPARE(view->selectedIds(), QStringList{matchId(1)});
        QVERIFY(view->actionButton(QStringLiteral("confirmed"))->isEnabled());
        QVERIFY(!view->actionButton(QStringLiteral("accepted"))->isEnabled());
        QVERIFY(child<QLabel>(view, "matchMessage")->text().contains(QStringLiteral("now “accepted”")));
        QCOMPARE(view->model()->index(view->model()->rowOf(matchId(1)), ProxyMatchModel::SyncColumn).data().toString(),
                 QStringLiteral("Not yet sent"));
        // Backwards is refused.
        QString error;
        QVERIFY(!ProxyMatchWriter(p.db()).move(page.board(), {matchId(1)}, QStringLiteral("proposed"), &error));
        QVERIFY2(error.contains(QStringLiteral("A match that is “accepted” cannot become “proposed”")), qPrintable(error));
        // Both selected: only what both allow.
        view->select({matchId(1), matchId(2)});
        QVERIFY(view->actionButton(QStringLiteral("cancelled"))->isEnabled());
        QVERIFY(!view->actionButton(QStringLiteral("confirmed"))->isEnabled());
        QVERIFY(!view->actionButton(QStringLiteral("proposed"))->isEnabled());
        view->select({matchId(2)});
        QTest::mouseClick(view->actionButton(QStringLiteral("proposed")), Qt::LeftButton);
        QCOMPARE(RecordRepository(p.db()).get(MatchType, matchId(2))->data.value(QLatin1String("status")).toString(),
                 QStringLiteral("proposed"));
        // Cancelling frees the slot: the match leaves the live list, R4's round 2 is to match again.
        QTest::mouseClick(view->actionButton(QStringLiteral("cancelled")), Qt::LeftButton);
        QCOMPARE(RecordRepository(p.db()).get(MatchType, matchId(2))->data.value(QLatin1String("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(panelCell(page.requestsPanel(), requestId(4), ProxyRequestModel::Round2Column), QStringLiteral("To match"));
        auto *statusFilter = child<QComboBox>(view, "matchStatusFilter");
        statusFilter->setCurrentIndex(statusFilter->findData(ProxyMatchModel::AllFilter));
        QCOMPARE(view->model()->rowCount(), 2);

        // A manual match the server refuses (another cadre took R1's round 1 first): the sync engine applies the
        // rejection (the local copy goes) and pulls the other one; the page shows the server's state.
        QVERIFY(page.matchManually(requestId(1), offerId(2), 1, &error));
        QString manualId;
        for (const SyncRecord &r : p.matches())
            if (r.data.value(QLatin1String("request_id")).toString() == requestId(1))
                manualId = r.id;
        QVERIFY(!manualId.isEmpty());
        SyncPushResult rejected;
        rejected.status = SyncPushResult::Status::Rejected;
        rejected.row = QJsonValue(QJsonValue::Null);
        rejected.message = QStringLiteral("round 1 of this request is already held by another match");
        QVERIFY(SyncRecordStore(p.db()).acknowledge(rejected, MatchType, manualId, QStringLiteral("put"), &error));
        QVERIFY(p.pull(MatchType, matchJson(matchId(3), requestId(1), offerId(2), 1, QStringLiteral("proposed"))));
        page.reload();
        QCOMPARE(view->model()->rowOf(manualId), -1);
        const int other = view->model()->rowOf(matchId(3));
        QVERIFY(other >= 0);
        QCOMPARE(view->model()->index(other, ProxyMatchModel::SyncColumn).data().toString(), QStringLiteral("Up to date"));
        QCOMPARE(view->model()->index(other, ProxyMatchModel::ReasonColumn).data().toString(), QStringLiteral("Same commune"));
        QCOMPARE(panelCell(page.requestsPanel(), requestId(1), ProxyRequestModel::Round1Column), QStringLiteral("Proposed"));
    }

    void statisticsPerDepartment()
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("R84"), {QStringLiteral("proxies.match")}}});
        QVERIFY(p.pullScenario());
        QVERIFY(p.pull(MatchType, matchJson(matchId(1), requestId(2), offerId(1), 1, QStringLiteral("confirmed"))));
        QVERIFY(p.pull(MatchType, matchJson(matchId(2), requestId(1), offerId(2), 1, QStringLiteral("accepted"))));
        QVERIFY(p.pull(MatchType, matchJson(matchId(3), requestId(3), offerId(2), 1, QStringLiteral("proposed"))));
        QVERIFY(p.pull(MatchType, matchJson(matchId(4), requestId(4), offerId(3), 2, QStringLiteral("suggested"))));
        QVERIFY(p.pull(MatchType, matchJson(matchId(5), requestId(4), offerId(1), 2, QStringLiteral("declined"))));
        ProxyPage page(&p.session);
        QVERIFY(page.selectElection(Election));
        QVERIFY(page.selectZone(QStringLiteral("R84")));
        const ProxyStatsView *stats = page.statsView();
        const QString d69 = QStringLiteral("D69");
        QCOMPARE(stats->figure(d69, ProxyStatsView::RequestsColumn), 4); // the withdrawn one left out
        QCOMPARE(stats->figure(d69, ProxyStatsView::WantedColumn), 4);
        QCOMPARE(stats->figure(d69, ProxyStatsView::ServedColumn), 1);
        QCOMPARE(stats->figure(d69, ProxyStatsView::PendingColumn), 2);
        QCOMPARE(stats->figure(d69, ProxyStatsView::SuggestedColumn), 1);
        QCOMPARE(stats->figure(d69, ProxyStatsView::ToMatchColumn), 0);
        QCOMPARE(stats->figure(d69, ProxyStatsView::OffersColumn), 3);
        QCOMPARE(stats->figure(d69, ProxyStatsView::PlacesLeftColumn), 2); // O2 is full in its one round
        QCOMPARE(stats->figure(QStringLiteral("D01"), ProxyStatsView::ToMatchColumn), 1);
        QCOMPARE(stats->figure(QStringLiteral("D01"), ProxyStatsView::PlacesLeftColumn), 1);
        QCOMPARE(stats->figure(QString(), ProxyStatsView::RequestsColumn), 5); // the total row
        QCOMPARE(stats->figure(QString(), ProxyStatsView::ToMatchColumn), 1);
        QCOMPARE(stats->table()->rowCount(), 3);
        QCOMPARE(stats->table()->item(0, 0)->text(), QStringLiteral("01 – Ain"));
        // One department: no total row.
        QVERIFY(page.selectZone(d69));
        QCOMPARE(stats->table()->rowCount(), 1);
        QCOMPARE(stats->figure(QString(), ProxyStatsView::RequestsColumn), -1);
        // The offers list agrees: O2 full.
        auto *offerState = child<QComboBox>(page.offersPanel(), "offersState");
        offerState->setCurrentIndex(offerState->findData(int(ProxyPersonModel::State::Full)));
        QCOMPARE(page.offersPanel()->filter()->rowCount(), 1);
        QCOMPARE(panelCell(page.offersPanel(), offerId(2), ProxyOfferModel::Round1Column), QStringLiteral("Full"));
    }

    void mainWindowHasTheModule()
    {
        Profile p;
        QVERIFY(p.open());
        QVERIFY(p.pullScenario());
        MainWindow w(&p.session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = child<QListWidget>(&w, "moduleList");
        QCOMPARE(nav->item(4)->text(), QStringLiteral("Proxy votes"));
        QVERIFY(!w.proxyPage()->isVisible());
        w.showProxies();
        QCOMPARE(nav->currentRow(), 4);
        QVERIFY(w.proxyPage()->isVisible());
        // Never signed in: the departments of the records on this computer.
        QCOMPARE(w.proxyPage()->zoneChoices(), QStringList({QStringLiteral("D01"), QStringLiteral("D69")}));
        QCOMPARE(w.proxyPage()->electionId(), Election);
        QCOMPARE(w.proxyPage()->requestsPanel()->filter()->rowCount(), 1); // the Ain first: Élise Faure
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("RELAIS_PROXIES_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set RELAIS_PROXIES_SCREENSHOTS to a directory to save screenshots of the Proxy votes module");
        shootIn(dir, QString());
        QCoreApplication::removeTranslator(m_en);
        QTranslator fr;
        QVERIFY(fr.load(QLocale(QLocale::French), QStringLiteral("relais"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&fr);
        QTranslator qt; // the standard buttons, as the application loads them
        if (qt.load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        shootIn(dir, QStringLiteral("-fr"));
        QCoreApplication::removeTranslator(&fr);
        QCoreApplication::removeTranslator(&qt);
        QCoreApplication::installTranslator(m_en);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

private:
    /// A department of a few dozen requests and offers, some already matched; the page with its suggestions.
    void shootIn(const QString &dir, const QString &suffix)
    {
        Profile p;
        QVERIFY(p.open());
        p.setGrants({{QStringLiteral("D69"), {QStringLiteral("proxies.match"), QStringLiteral("contacts.read")}}});
        SyncStore(p.db()).setStateValue(QStringLiteral("server_url"), Server);
        QVERIFY(p.pull(ProxyBoard::ElectionType, electionJson(QStringLiteral("D69"))));
        const QStringList firsts{QStringLiteral("Hélène"), QStringLiteral("Bruno"), QStringLiteral("Chloé"), QStringLiteral("Fabien"),
                                 QStringLiteral("Gaëlle"), QStringLiteral("Karim"), QStringLiteral("Inès"), QStringLiteral("Louis"),
                                 QStringLiteral("Maëlle"), QStringLiteral("Nicolas"), QStringLiteral("Odile"), QStringLiteral("Pierre"),
                                 QStringLiteral("Rose"), QStringLiteral("Samir"), QStringLiteral("Thérèse"), QStringLiteral("Yann")};
        const QStringList lasts{QStringLiteral("Vermorel"), QStringLiteral("Garnier"), QStringLiteral("Martin"), QStringLiteral("Morel"),
                                QStringLiteral("Perrin"), QStringLiteral("Benali"), QStringLiteral("Faure"), QStringLiteral("Chevalier"),
                                QStringLiteral("Girard"), QStringLiteral("Lambert"), QStringLiteral("Rousseau"), QStringLiteral("Mercier"),
                                QStringLiteral("Blanc"), QStringLiteral("Guérin"), QStringLiteral("Boyer"), QStringLiteral("Roche")};
        struct Commune {
            QString code, postal, name;
        };
        const QList<Commune> communes{{QStringLiteral("69381"), QStringLiteral("69001"), QStringLiteral("Lyon 1er")},
                                      {QStringLiteral("69383"), QStringLiteral("69003"), QStringLiteral("Lyon 3e")},
                                      {QStringLiteral("69387"), QStringLiteral("69007"), QStringLiteral("Lyon 7e")},
                                      {QStringLiteral("69266"), QStringLiteral("69100"), QStringLiteral("Villeurbanne")},
                                      {QStringLiteral("69259"), QStringLiteral("69200"), QStringLiteral("Vénissieux")},
                                      {QStringLiteral("69029"), QStringLiteral("69500"), QStringLiteral("Bron")}};
        QRandomGenerator random(69);
        // Everyone's own name: first and last names combined without repeating (70 people, 16 × 16 names).
        const auto somebody = [&](int n, bool offer) {
            const int k = offer ? 42 + n : n;
            const Commune &c = communes.at(random.bounded(int(communes.size())));
            Person person{firsts.at(k % 16), lasts.at((3 * (k / 16) + k) % 16), QStringLiteral("D69"), c.postal, c.code, c.name,
                          QStringLiteral("Bureau %1%2").arg(c.code.right(2), QString::number(random.bounded(1, 4)).rightJustified(2, u'0')),
                          {}, QStringLiteral("contact-%1").arg(k)};
            const int rounds = random.bounded(10);
            if (offer)
                person.rounds = rounds < 4 ? QList<int>{1, 2} : rounds < 7 ? QList<int>{1} : QList<int>{2};
            else
                person.rounds = rounds < 6 ? QList<int>{1, 2} : rounds < 8 ? QList<int>{1} : QList<int>{2};
            person.abroad = !offer && random.bounded(5) == 0;
            return person;
        };
        for (int n = 1; n <= 42; ++n)
            QVERIFY(p.pullRequest(n, somebody(n, false)));
        for (int n = 1; n <= 28; ++n)
            QVERIFY(p.pullOffer(n, somebody(n, true)));
        const QJsonArray history{QJsonObject{{QStringLiteral("at"), QStringLiteral("2027-03-02T18:00:00.000Z")},
                                             {QStringLiteral("status"), QStringLiteral("proposed")},
                                             {QStringLiteral("by"), QStringLiteral("cmartin")}},
                                 QJsonObject{{QStringLiteral("at"), QStringLiteral("2027-03-03T09:12:00.000Z")},
                                             {QStringLiteral("status"), QStringLiteral("accepted")},
                                             {QStringLiteral("by"), QStringLiteral("mandataire")}}};
        // A few matches from earlier, legal under the rules (found with the writer's own check).
        ProxyBoard board;
        board.load(p.db(), Election);
        const QStringList statuses{QStringLiteral("confirmed"), QStringLiteral("accepted"), QStringLiteral("proposed"),
                                   QStringLiteral("done"), QStringLiteral("proposed"), QStringLiteral("confirmed")};
        int made = 0;
        for (int r = 1; r <= 42 && made < statuses.size(); r += 5)
            for (int o = 1; o <= 28 && made < statuses.size(); ++o) {
                QList<MatchSuggestion> s;
                if (!ProxyMatchWriter::checkManual(board, requestId(r), offerId(o), 1, &s).isEmpty())
                    continue;
                QVERIFY(p.pull(MatchType, matchJson(matchId(made + 1), requestId(r), offerId(o), 1, statuses.at(made),
                                                     matchReasonKey(s.first().reason), history)));
                board.load(p.db(), Election);
                ++made;
                break;
            }

        MainWindow w(&p.session);
        w.resize(1440, 960);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showProxies();
        ProxyPage *page = w.proxyPage();
        QVERIFY(page->selectElection(Election));
        page->tabs()->setCurrentIndex(ProxyPage::PeopleTab);
        // A request and an offer selected for a manual match: the second rows as sorted.
        for (QTableView *table : {page->requestsPanel()->table(), page->offersPanel()->table()})
            table->selectionModel()->select(table->model()->index(1, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::qWait(200);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("proxies-lists%1.png").arg(suffix))));
        page->tabs()->setCurrentIndex(ProxyPage::SuggestionsTab);
        page->suggestionView()->suggest();
        QVERIFY(page->suggestionView()->model()->rowCount() > 10);
        QTest::qWait(200);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("proxies-matching%1.png").arg(suffix))));
        page->tabs()->setCurrentIndex(ProxyPage::MatchesTab);
        page->matchView()->select({matchId(2)});
        QTest::qWait(200);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("proxies-matches%1.png").arg(suffix))));
        page->tabs()->setCurrentIndex(ProxyPage::StatsTab);
        QTest::qWait(100);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("proxies-stats%1.png").arg(suffix))));

        std::unique_ptr<ProxyElectionEditor> editor(page->editorFor(*RecordRepository(p.db()).get(ProxyBoard::ElectionType, Election)));
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        QTest::qWait(100);
        QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("proxies-election%1.png").arg(suffix))));
    }

    QTranslator *m_en = nullptr;
};

QTEST_MAIN(TestProxies)
#include "tst_proxies.moc"
