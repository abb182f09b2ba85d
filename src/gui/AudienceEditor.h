#pragma once

#include "AudienceCriteria.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace relais {

class ProfileSession;
class SyncController;
class TagsEditor;

/// Who a newsletter goes to: the zones under the newsletter's zone (ticked in a tree), tags a recipient
/// must have (any of them) or must not have, membership statuses, and saved audiences ("segment"
/// records) to load or save. Shows the number of recipients counted on this computer as you edit, and
/// the server's count when connected.
class AudienceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceEditor(ProfileSession *session, QWidget *parent = nullptr);

    void setSyncController(SyncController *sync);
    /// The newsletter's zone: the tree shows it and the regions and departments under it.
    void setZone(const QString &zone);
    QString zone() const { return m_zone; }
    void setCriteria(const AudienceCriteria &audience);
    AudienceCriteria criteria() const;
    /// The saved audience last loaded, if nothing was changed since.
    QString segmentId() const { return m_segmentId; }
    void setSegmentId(const QString &id);
    void setReadOnly(bool readOnly);

    /// Recipients counted in the replica (-1 before counting or on error), and by the server (-1: unknown).
    qint64 localCount() const { return m_localCount; }
    qint64 serverCount() const { return m_serverCount; }
    /// Counts now rather than after the pause in editing.
    void recount();
    /// Saves the current audience as a "segment" record named `name` (as "Save as segment…" does).
    bool saveSegment(const QString &name, QString *error);
    /// Reloads the list of saved audiences (after a sync).
    void reloadSegments();

Q_SIGNALS:
    /// The user changed the audience.
    void changed();
    /// localCount() changed.
    void countChanged(qint64 local);

private:
    void rebuildZones();
    void checkZones(const QStringList &zones);
    void edited();
    void countLocally();
    void askServer();
    void loadSegment(int index);
    void saveSegmentWithDialog();
    void showServerCount(const QString &text);

    QPointer<ProfileSession> m_session;
    QPointer<SyncController> m_sync;
    QString m_zone;
    QString m_segmentId;
    QTreeWidget *m_zones;
    TagsEditor *m_tagsIn;
    TagsEditor *m_tagsOut;
    QList<QCheckBox *> m_membership;
    QComboBox *m_segments;
    QPushButton *m_saveSegment;
    QLabel *m_countLabel;
    QLabel *m_countNote;
    QLabel *m_serverLabel;
    QTimer *m_countTimer;
    QTimer *m_serverTimer;
    qint64 m_localCount = -1;
    qint64 m_serverCount = -1;
    int m_serverGeneration = 0;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace relais
