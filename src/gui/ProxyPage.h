#pragma once

#include "AccessScope.h"
#include "ProxyBoard.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace relais {

class ProfileSession;
class ProxyElectionEditor;
class ProxyListPanel;
class ProxyMatchView;
class ProxyOfferModel;
class ProxyRequestModel;
class ProxyStatsView;
class ProxySuggestionView;
class SyncController;

/// The Proxy votes module ("procurations"): pick an election and a zone (the user's, see ZoneChoices), then
/// - "Requests and offers": the mandants' requests and the mandataires' offers, filtered and sortable, and the
///   manual match of the selected request with the selected offer (checked first, with a clear message);
/// - "Suggestions": the matching engine's preview (ProxySuggestionView), written only on "Propose selected" or
///   "Keep as suggestions";
/// - "Matches": the matches with their history and the moves the allowed transitions give (ProxyMatchView);
/// - "Statistics": per department (ProxyStatsView).
/// Every write is a dirty proxy_match (or proxy_election) record the sync engine pushes; the server checks it
/// again, and what it refuses comes back as its own row (the sync engine's rejections), shown here after the sync.
class ProxyPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { PeopleTab = 0, SuggestionsTab, MatchesTab, StatsTab };

    explicit ProxyPage(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);
    /// Reads the elections and the records of the chosen one again (keeps the choices and selections).
    void reload();
    /// Chooses an election; false when it is not in the replica.
    bool selectElection(const QString &id);
    QString electionId() const;
    /// Chooses the zone whose requests and offers are shown and matched.
    bool selectZone(const QString &zone);
    QString zone() const;
    /// The zones offered: those where the account may match proxy votes (before any sign-in: the departments of
    /// the replica's contacts and proxy records), within the chosen election's zone.
    QStringList zoneChoices() const;

    /// Matches the request with the offer for `round` (0: every round the request still needs) as a proposed
    /// match with the reason "manual". False with the reason (also shown) when it may not be.
    bool matchManually(const QString &requestId, const QString &offerId, int round, QString *error = nullptr);
    /// An editor for a new election (record empty) or the given one; the caller shows it.
    ProxyElectionEditor *editorFor(const SyncRecord &election);

    const ProxyBoard &board() const { return m_board; }
    QTabWidget *tabs() const { return m_tabs; }
    ProxyListPanel *requestsPanel() const { return m_requests; }
    ProxyListPanel *offersPanel() const { return m_offers; }
    ProxySuggestionView *suggestionView() const { return m_suggestions; }
    ProxyMatchView *matchView() const { return m_matches; }
    ProxyStatsView *statsView() const { return m_stats; }

private:
    QWidget *buildTop();
    QWidget *buildPeople();
    QList<Grant> grants() const;
    /// The zones where the account may match proxy votes (without grants: the departments of this computer).
    QStringList ownZones() const;
    QUrl serverUrl() const;
    void fillElections(const QString &current);
    void fillZones(const QString &current);
    void loadBoard();
    void showBoard();
    void editElection(bool create);
    void manualMatchClicked();
    void updateManual();
    void commit(const QList<MatchSuggestion> &suggestions, const QString &status);
    void move(const QStringList &ids, const QString &status);
    /// A write happened: push it soon, and show the records again.
    void afterWrite();

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    ProxyBoard m_board;
    QComboBox *m_election;
    QPushButton *m_newElection;
    QPushButton *m_editElection;
    QComboBox *m_zone;
    QLabel *m_electionInfo;
    QTabWidget *m_tabs;
    ProxyRequestModel *m_requestModel;
    ProxyOfferModel *m_offerModel;
    ProxyListPanel *m_requests;
    ProxyListPanel *m_offers;
    QLabel *m_manualPair;
    QComboBox *m_manualRound;
    QPushButton *m_manualButton;
    QLabel *m_manualMessage;
    ProxySuggestionView *m_suggestions;
    ProxyMatchView *m_matches;
    ProxyStatsView *m_stats;
    QTimer *m_reloadTimer;
};

} // namespace relais
