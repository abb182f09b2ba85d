#include "AudienceEditor.h"

#include "AudienceCounter.h"
#include "Contact.h"
#include "ContactListModel.h"
#include "ContactRepository.h"
#include "ZoneChoices.h"
#include "ProfileSession.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncController.h"
#include "TagsEditor.h"
#include "ZoneTree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

namespace relais {

namespace {
constexpr int CodeRole = Qt::UserRole;
constexpr int LocalCountDelayMs = 200;
constexpr int ServerCountDelayMs = 800;

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTreeWidgetItem *zoneItem(const Zone *z)
{
    auto *item = new QTreeWidgetItem({ZoneChoices::label(z->code)});
    item->setData(0, CodeRole, z->code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Checked);
    return item;
}
} // namespace

AudienceEditor::AudienceEditor(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_zones(new QTreeWidget(this)), m_tagsIn(new TagsEditor(this)),
      m_tagsOut(new TagsEditor(this)), m_segments(new QComboBox(this)),
      m_saveSegment(new QPushButton(tr("Save this audience…"), this)), m_countLabel(new QLabel(this)),
      m_countNote(new QLabel(this)), m_serverLabel(new QLabel(this)), m_countTimer(new QTimer(this)),
      m_serverTimer(new QTimer(this))
{
    m_zones->setObjectName(QStringLiteral("audienceZones"));
    m_zones->setHeaderHidden(true);
    m_zones->setRootIsDecorated(true);
    m_zones->setUniformRowHeights(true);
    m_zones->setToolTip(tr("The newsletter goes to the contacts of the ticked zones"));

    m_tagsIn->setObjectName(QStringLiteral("tagsInEditor"));
    m_tagsOut->setObjectName(QStringLiteral("tagsOutEditor"));
    m_tagsIn->lineEdit()->setObjectName(QStringLiteral("tagsInEdit"));
    m_tagsOut->lineEdit()->setObjectName(QStringLiteral("tagsOutEdit"));
    m_tagsIn->lineEdit()->setPlaceholderText(tr("Any tag"));
    m_tagsOut->lineEdit()->setPlaceholderText(tr("No tag left out"));

    for (Membership m : {Membership::Member, Membership::Supporter, Membership::Former, Membership::None}) {
        auto *box = new QCheckBox(ContactListModel::membershipText(m), this);
        box->setObjectName(QStringLiteral("membership_") + membershipId(m));
        box->setProperty("membership", membershipId(m));
        m_membership << box;
        connect(box, &QCheckBox::toggled, this, &AudienceEditor::edited);
    }

    m_segments->setObjectName(QStringLiteral("segmentCombo"));
    m_segments->setToolTip(tr("Use an audience saved earlier"));
    m_segments->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segments->setMinimumContentsLength(18);
    m_saveSegment->setObjectName(QStringLiteral("saveSegmentButton"));
    m_saveSegment->setToolTip(tr("Keep this audience under a name, to use it again for other newsletters"));

    m_countLabel->setObjectName(QStringLiteral("localCountLabel"));
    QFont big = m_countLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_countLabel->setFont(big);
    m_countNote->setText(tr("Counted in the contacts on this computer: only those who agreed to receive e-mails "
                            "and have an address."));
    m_countNote->setWordWrap(true);
    m_countNote->setForegroundRole(QPalette::PlaceholderText);
    m_serverLabel->setObjectName(QStringLiteral("serverCountLabel"));
    m_serverLabel->setWordWrap(true);

    // Left: the zones. Right: the count, saved audiences, tags and membership.
    auto *left = new QVBoxLayout;
    left->addWidget(sectionLabel(tr("Zones"), this));
    left->addWidget(m_zones, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_countLabel);
    right->addWidget(m_countNote);
    right->addWidget(m_serverLabel);
    right->addSpacing(10);
    right->addWidget(sectionLabel(tr("Saved audiences"), this));
    auto *segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segments, 1);
    segmentRow->addWidget(m_saveSegment);
    right->addLayout(segmentRow);
    right->addSpacing(6);
    right->addWidget(sectionLabel(tr("With at least one of these tags"), this));
    right->addWidget(m_tagsIn);
    right->addWidget(noteLabel(tr("Leave empty for everyone, whatever their tags."), this));
    right->addSpacing(6);
    right->addWidget(sectionLabel(tr("Without these tags"), this));
    right->addWidget(m_tagsOut);
    right->addSpacing(6);
    right->addWidget(sectionLabel(tr("Membership"), this));
    auto *memberships = new QGridLayout;
    for (int i = 0; i < m_membership.size(); ++i)
        memberships->addWidget(m_membership.at(i), i / 2, i % 2);
    right->addLayout(memberships);
    right->addWidget(noteLabel(tr("None ticked: members or not, everyone."), this));
    right->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addSpacing(12);
    layout->addLayout(right, 3);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(LocalCountDelayMs);
    m_serverTimer->setSingleShot(true);
    m_serverTimer->setInterval(ServerCountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &AudienceEditor::countLocally);
    connect(m_serverTimer, &QTimer::timeout, this, &AudienceEditor::askServer);
    connect(m_zones, &QTreeWidget::itemChanged, this, &AudienceEditor::edited);
    connect(m_tagsIn, &TagsEditor::tagsChanged, this, &AudienceEditor::edited);
    connect(m_tagsOut, &TagsEditor::tagsChanged, this, &AudienceEditor::edited);
    connect(m_segments, &QComboBox::activated, this, &AudienceEditor::loadSegment);
    connect(m_saveSegment, &QPushButton::clicked, this, &AudienceEditor::saveSegmentWithDialog);

    if (m_session && m_session->contacts()) {
        const QStringList tags = m_session->contacts()->tagNames();
        m_tagsIn->setCompletions(tags);
        m_tagsOut->setCompletions(tags);
    }
    showServerCount(QString());
}

void AudienceEditor::setSyncController(SyncController *sync)
{
    m_sync = sync;
    if (sync)
        connect(sync, &SyncController::stateChanged, this, [this] {
            if (m_sync && m_sync->isOnline() && m_serverCount < 0)
                m_serverTimer->start();
            else if (!m_sync || !m_sync->isOnline())
                showServerCount(QString());
        });
    m_serverTimer->start();
}

void AudienceEditor::setZone(const QString &zone)
{
    if (zone == m_zone)
        return;
    const AudienceCriteria before = criteria();
    m_zone = zone;
    rebuildZones();
    // What was ticked stays ticked where it still applies; a new zone starts with all of it.
    checkZones(before.zones);
    if (criteria().zones.isEmpty())
        checkZones({zone});
    reloadSegments();
    recount();
}

void AudienceEditor::rebuildZones()
{
    const QSignalBlocker blocker(m_zones);
    m_zones->clear();
    const ZoneTree &tree = ZoneTree::france();
    const Zone *z = tree.zone(m_zone);
    if (!z)
        return;
    if (z->type == ZoneType::Country) {
        for (const Zone *region : tree.regions()) {
            auto *item = zoneItem(region);
            item->setFlags(item->flags() | Qt::ItemIsAutoTristate);
            for (const Zone *d : tree.children(region->code))
                if (d->type == ZoneType::Department)
                    item->addChild(zoneItem(d));
            m_zones->addTopLevelItem(item);
        }
    } else if (z->type == ZoneType::Region) {
        for (const Zone *d : tree.children(z->code))
            if (d->type == ZoneType::Department)
                m_zones->addTopLevelItem(zoneItem(d));
    } else {
        m_zones->addTopLevelItem(zoneItem(z));
    }
}

void AudienceEditor::checkZones(const QStringList &zones)
{
    const ZoneTree &tree = ZoneTree::france();
    const auto wanted = [&](const QString &code) {
        return std::any_of(zones.cbegin(), zones.cend(), [&](const QString &z) { return tree.isWithin(code, z); });
    };
    const QSignalBlocker blocker(m_zones);
    for (int i = 0; i < m_zones->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_zones->topLevelItem(i);
        if (top->childCount() == 0) {
            top->setCheckState(0, wanted(top->data(0, CodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
            continue;
        }
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *d = top->child(c);
            d->setCheckState(0, wanted(d->data(0, CodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void AudienceEditor::setCriteria(const AudienceCriteria &audience)
{
    m_filling = true;
    checkZones(audience.zones);
    {
        const QSignalBlocker in(m_tagsIn), out(m_tagsOut);
        m_tagsIn->setTags(audience.tagsIn);
        m_tagsOut->setTags(audience.tagsOut);
    }
    for (QCheckBox *box : std::as_const(m_membership)) {
        const QSignalBlocker blocker(box);
        box->setChecked(audience.membership.contains(box->property("membership").toString()));
    }
    m_filling = false;
    recount();
}

AudienceCriteria AudienceEditor::criteria() const
{
    AudienceCriteria a;
    bool all = m_zones->topLevelItemCount() > 0;
    for (int i = 0; i < m_zones->topLevelItemCount(); ++i)
        all = all && m_zones->topLevelItem(i)->checkState(0) == Qt::Checked;
    if (all) {
        a.zones << m_zone;
    } else {
        for (int i = 0; i < m_zones->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *top = m_zones->topLevelItem(i);
            if (top->checkState(0) == Qt::Checked) {
                a.zones << top->data(0, CodeRole).toString();
                continue;
            }
            for (int c = 0; c < top->childCount(); ++c)
                if (top->child(c)->checkState(0) == Qt::Checked)
                    a.zones << top->child(c)->data(0, CodeRole).toString();
        }
    }
    a.tagsIn = m_tagsIn->tags();
    a.tagsOut = m_tagsOut->tags();
    for (const QCheckBox *box : m_membership)
        if (box->isChecked())
            a.membership << box->property("membership").toString();
    return a;
}

void AudienceEditor::setSegmentId(const QString &id)
{
    m_segmentId = id;
    const QSignalBlocker blocker(m_segments);
    m_segments->setCurrentIndex(std::max(0, m_segments->findData(id)));
}

void AudienceEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_zones->setEnabled(!readOnly);
    m_tagsIn->setEnabled(!readOnly);
    m_tagsOut->setEnabled(!readOnly);
    for (QCheckBox *box : std::as_const(m_membership))
        box->setEnabled(!readOnly);
    m_segments->setEnabled(!readOnly);
    m_saveSegment->setEnabled(!readOnly);
}

void AudienceEditor::edited()
{
    if (m_filling)
        return;
    if (!m_segmentId.isEmpty()) {
        m_segmentId.clear();
        const QSignalBlocker blocker(m_segments);
        m_segments->setCurrentIndex(0);
    }
    m_countTimer->start();
    m_serverTimer->start();
    Q_EMIT changed();
}

void AudienceEditor::recount()
{
    m_countTimer->stop();
    countLocally();
    m_serverTimer->start();
}

void AudienceEditor::countLocally()
{
    if (!m_session || !m_session->isUnlocked() || m_zone.isEmpty()) {
        m_localCount = -1;
        m_countLabel->setText(tr("No zone chosen"));
        Q_EMIT countChanged(m_localCount);
        return;
    }
    const AudienceCriteria a = criteria();
    QString error;
    const qint64 n = a.zones.isEmpty() ? 0 : AudienceCounter(m_session->replica()->database()).count(m_zone, a, &error);
    if (n < 0)
        m_countLabel->setText(tr("The recipients could not be counted: %1").arg(error));
    else if (a.zones.isEmpty())
        m_countLabel->setText(tr("Tick at least one zone"));
    else
        m_countLabel->setText(tr("%Ln recipient(s)", nullptr, int(std::min<qint64>(n, INT_MAX))));
    if (n != m_localCount) {
        m_localCount = n;
        Q_EMIT countChanged(n);
    }
}

void AudienceEditor::showServerCount(const QString &text)
{
    if (text.isEmpty()) {
        m_serverLabel->setText(m_sync && m_sync->isConfigured()
                                   ? tr("The server's count appears here when you are connected.")
                                   : QString());
        m_serverLabel->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_serverLabel->setText(text);
        m_serverLabel->setForegroundRole(QPalette::WindowText);
    }
}

void AudienceEditor::askServer()
{
    m_serverCount = -1;
    const AudienceCriteria a = criteria();
    if (!m_sync || !m_sync->isOnline() || m_zone.isEmpty() || a.zones.isEmpty()) {
        ++m_serverGeneration;
        showServerCount(QString());
        return;
    }
    const int generation = ++m_serverGeneration;
    showServerCount(tr("According to the server: counting…"));
    const QJsonObject body{{QStringLiteral("zone"), m_zone}, {QStringLiteral("audience"), a.toJson()}};
    m_sync->api(QStringLiteral("POST"), QStringLiteral("/newsletters/audience"), body, this,
                [this, generation](const ApiResult &r) {
                    if (generation != m_serverGeneration)
                        return; // the audience changed meanwhile
                    if (r.ok()) {
                        m_serverCount = r.body.value(QLatin1String("count")).toInteger(-1);
                        showServerCount(tr("According to the server: %Ln recipient(s)", nullptr,
                                           int(std::clamp<qint64>(m_serverCount, 0, INT_MAX))));
                    } else if (r.httpStatus == 403) {
                        showServerCount(tr("The server refuses to count: you may not send newsletters to this zone."));
                    } else {
                        showServerCount(tr("The server could not count: %1").arg(r.error));
                    }
                });
}

void AudienceEditor::reloadSegments()
{
    const QSignalBlocker blocker(m_segments);
    m_segments->clear();
    m_segments->addItem(tr("Choose a saved audience…"), QString());
    if (!m_session || !m_session->isUnlocked())
        return;
    const ZoneTree &tree = ZoneTree::france();
    const QList<SyncRecord> segments = RecordRepository(m_session->replica()->database()).list(QStringLiteral("segment"));
    for (const SyncRecord &s : segments) {
        if (!m_zone.isEmpty() && !tree.isWithin(s.zone, m_zone) && !tree.isWithin(m_zone, s.zone))
            continue;
        const QString name = s.data.value(QLatin1String("name")).toString();
        m_segments->addItem(name.isEmpty() ? tr("(unnamed)") : name, s.id);
        m_segments->setItemData(m_segments->count() - 1, ZoneChoices::label(s.zone), Qt::ToolTipRole);
    }
    m_segments->setCurrentIndex(std::max(0, m_segments->findData(m_segmentId)));
}

void AudienceEditor::loadSegment(int index)
{
    const QString id = m_segments->itemData(index).toString();
    if (id.isEmpty() || !m_session || !m_session->isUnlocked())
        return;
    const auto segment = RecordRepository(m_session->replica()->database()).get(QStringLiteral("segment"), id);
    if (!segment)
        return;
    setCriteria(AudienceCriteria::fromJson(segment->data.value(QLatin1String("audience")).toObject()));
    setSegmentId(id);
    Q_EMIT changed();
}

bool AudienceEditor::saveSegment(const QString &name, QString *error)
{
    if (!m_session || !m_session->isUnlocked()) {
        *error = tr("The profile is locked.");
        return false;
    }
    if (name.trimmed().isEmpty()) {
        *error = tr("Give the audience a name.");
        return false;
    }
    SyncRecord segment;
    segment.type = QStringLiteral("segment");
    segment.zone = m_zone;
    segment.data = {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("audience"), criteria().toJson()}};
    if (!RecordRepository(m_session->replica()->database()).save(segment, error))
        return false;
    m_segmentId = segment.id;
    reloadSegments();
    if (m_sync)
        m_sync->nudge();
    return true;
}

void AudienceEditor::saveSegmentWithDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the audience"),
                                               tr("Name of this audience (for example “Young members of the Rhône”):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!saveSegment(name, &error))
        QMessageBox::warning(this, tr("Save the audience"), tr("The audience could not be saved: %1").arg(error));
}

} // namespace relais
