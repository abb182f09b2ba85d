#pragma once

#include "RecordRepository.h"

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace relais {

/// Writes a proxy_election record (docs/sync-protocol.md, "Proxy votes"): name, zone, the public address of its
/// forms (slug, suggested from the name) with the two form addresses `<server>/v/<slug>/mandant` and
/// `/v/<slug>/mandataire` when the server is known, one or two rounds with their dates, the rules per mandataire
/// (art. L73 by default: two procurations, one of them established in France), whether the forms are open, and
/// their language. Says what is wrong before saving; saves a dirty record the sync engine pushes.
class ProxyElectionEditor : public QDialog
{
    Q_OBJECT
public:
    /// `zones`: the zones the user may organise elections in; `server`: the server's address (empty: none).
    ProxyElectionEditor(const QSqlDatabase &db, const QStringList &zones, const QUrl &server, QWidget *parent = nullptr);

    /// Opens a record (an empty one: a new election in the first zone).
    void load(const SyncRecord &record);
    const SyncRecord &record() const { return m_record; }
    /// What prevents saving (translated, one sentence each); empty when the form can be saved.
    QStringList problems() const;
    /// Saves now; false with the problems (also shown) or the write error.
    bool save(QString *error = nullptr);
    /// The two public form addresses (mandant, mandataire); empty without a server or a valid address.
    QStringList formUrls() const;

    /// The Sunday at least four weeks after `from`: a first round's default date.
    static QDate suggestedDate(const QDate &from = QDate::currentDate());

private:
    void nameEdited();
    void updateState();
    SyncRecord recordFromForm() const;

    QSqlDatabase m_db;
    QUrl m_server;
    QStringList m_zones;
    SyncRecord m_record;
    bool m_slugFollowsName = true;
    QLineEdit *m_name;
    QComboBox *m_zone;
    QLineEdit *m_slug;
    QLabel *m_urls;
    QCheckBox *m_twoRounds;
    QDateEdit *m_round1;
    QDateEdit *m_round2;
    QSpinBox *m_maxTotal;
    QSpinBox *m_maxInFrance;
    QLabel *m_rulesNote;
    QCheckBox *m_formsOpen;
    QComboBox *m_language;
    QLabel *m_problems;
    QPushButton *m_save;
};

} // namespace relais
