#pragma once

#include <QAbstractTableModel>

namespace relais {

class ProxyBoard;
struct ProxyPerson;

/// What the requests and offers lists share: one row per proxy_request or proxy_offer of a ProxyBoard, the id in
/// IdRole, a sort key in SortRole, and the states the lists filter on (ProxyPersonFilter).
class ProxyPersonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole };
    /// What a row may be filtered on, for the rounds in view.
    enum class State {
        Any,
        ToMatch,      ///< a request with a round no live match holds
        InProgress,   ///< a request with a round suggested, proposed or accepted
        Served,       ///< a request whose rounds are all confirmed or done
        PlacesLeft,   ///< an offer that may still take someone in a round
        Full,         ///< an offer that may take nobody more
        Withdrawn,
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows the board's requests or offers again (the board must outlive the model or be set again).
    void setBoard(const ProxyBoard *board);
    const ProxyBoard *board() const { return m_board; }
    const ProxyPerson &person(int row) const;
    /// The row of `id`, -1 when none.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    /// True when the row is in `state` for `round` (1 or 2; 0: the election's rounds).
    virtual bool hasState(int row, State state, int round) const = 0;
    /// What the text filter searches: names, e-mail, phone, postal code, commune, polling station.
    QString searchText(int row) const;

    /// "1, 2", "1" or "2".
    static QString roundsText(int rounds);

protected:
    virtual const QList<ProxyPerson> *people() const = 0;
    /// The name column's data (names sort by last name).
    QVariant nameData(const ProxyPerson &p, int role) const;
    /// The columns both lists show the same way.
    enum class Place { Commune, Station, Rounds };
    static QVariant placeData(const ProxyPerson &p, Place place, int role);
    /// The rounds of `round` (0: both) within the election.
    int roundsInView(int round) const;

    const ProxyBoard *m_board = nullptr;
};

} // namespace relais
