#include "CallCampaignEditor.h"

#include "AccessScope.h"
#include "Contact.h"
#include "ContactListModel.h"
#include "ContactRepository.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "SyncController.h"
#include "TagsEditor.h"
#include "ZoneChoices.h"
#include "ZoneTree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace relais {

namespace {
const QString TypeCampaign = QStringLiteral("call_campaign");
constexpr int CodeRole = Qt::UserRole;
const QChar ChoiceSeparator = u';';

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        if (!s.toString().isEmpty())
            out << s.toString();
    return out;
}

QStringList splitChoices(const QString &text)
{
    QStringList out;
    for (const QString &c : text.split(ChoiceSeparator))
        if (!c.trimmed().isEmpty())
            out << c.trimmed();
    return out;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    QFont f = box->font();
    f.setBold(true);
    box->setFont(f);
    return box;
}

/// Children of a section keep the normal font (QGroupBox passes its bold title font on).
void normalFont(QWidget *w)
{
    QFont f = w->font();
    f.setBold(false);
    w->setFont(f);
}
} // namespace

CallCampaignEditor::CallCampaignEditor(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_name(new QLineEdit(this)),
      m_zone(new QComboBox(this)), m_language(new QComboBox(this)), m_status(new QComboBox(this)),
      m_audienceZones(new QListWidget(this)), m_tagsIn(new TagsEditor(this)), m_tagsOut(new TagsEditor(this)),
      m_script(new QPlainTextEdit(this)), m_tokens(new QToolButton(this)), m_survey(new QTableWidget(0, ColumnCount, this)),
      m_addQuestion(new QPushButton(tr("Add a question"), this)), m_removeQuestion(new QPushButton(tr("Remove"), this)),
      m_from(new QTimeEdit(this)), m_to(new QTimeEdit(this)), m_maxAttempts(new QSpinBox(this)),
      m_retryDelay(new QSpinBox(this)), m_lease(new QSpinBox(this)), m_goal(new QSpinBox(this)),
      m_team(new TagsEditor(this)), m_problems(new QLabel(this)), m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("callCampaignEditor"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(QStringLiteral("callHeading"));

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 4, 0);
    auto *left = new QVBoxLayout;
    left->addWidget(buildGeneral());
    left->addWidget(buildAudience());
    left->addWidget(buildRules());
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildScript(), 3);
    right->addWidget(buildSurvey(), 2);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_problems->setObjectName(QStringLiteral("callProblems"));
    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::PlaceholderText);
    m_save->setObjectName(QStringLiteral("saveCallButton"));
    m_save->setDefault(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problems, 1);
    bottom->addWidget(m_save, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_name, &QLineEdit::textEdited, this, &CallCampaignEditor::edited);
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillAudienceZones({m_zone->currentData().toString()});
        edited();
    });
    for (QComboBox *c : {m_language, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, &CallCampaignEditor::edited);
    connect(m_audienceZones, &QListWidget::itemChanged, this, &CallCampaignEditor::edited);
    for (TagsEditor *t : {m_tagsIn, m_tagsOut, m_team})
        connect(t, &TagsEditor::tagsChanged, this, &CallCampaignEditor::edited);
    for (QCheckBox *b : std::as_const(m_membership))
        connect(b, &QCheckBox::toggled, this, &CallCampaignEditor::edited);
    for (QCheckBox *b : std::as_const(m_days))
        connect(b, &QCheckBox::toggled, this, &CallCampaignEditor::edited);
    for (QTimeEdit *t : {m_from, m_to})
        connect(t, &QTimeEdit::timeChanged, this, &CallCampaignEditor::edited);
    for (QSpinBox *s : {m_maxAttempts, m_retryDelay, m_lease, m_goal})
        connect(s, &QSpinBox::valueChanged, this, &CallCampaignEditor::edited);
    connect(m_script, &QPlainTextEdit::textChanged, this, &CallCampaignEditor::edited);
    connect(m_survey, &QTableWidget::itemChanged, this, &CallCampaignEditor::edited);
    connect(m_survey, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeQuestion->setEnabled(!m_readOnly && m_survey->currentRow() >= 0); });
    connect(m_addQuestion, &QPushButton::clicked, this, [this] {
        QSet<QString> ids;
        for (int r = 0; r < m_survey->rowCount(); ++r)
            ids.insert(m_survey->item(r, IdColumn)->text());
        int n = m_survey->rowCount() + 1;
        while (ids.contains(QStringLiteral("q%1").arg(n)))
            ++n;
        const int row = addQuestion(QStringLiteral("q%1").arg(n), QStringLiteral("single"), QString(),
                                    {tr("Yes"), tr("No")});
        m_survey->setCurrentCell(row, QuestionColumn);
        m_survey->editItem(m_survey->item(row, QuestionColumn));
    });
    connect(m_removeQuestion, &QPushButton::clicked, this, [this] { removeQuestion(m_survey->currentRow()); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    close();
}

QWidget *CallCampaignEditor::buildGeneral()
{
    auto *box = section(tr("Campaign"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name->setObjectName(QStringLiteral("callName"));
    m_name->setPlaceholderText(tr("e.g. Calls to supporters before the regional vote"));
    form->addRow(tr("&Name:"), m_name);

    m_zone->setObjectName(QStringLiteral("callZone"));
    m_zone->setToolTip(tr("The campaign belongs to this zone: the zones where you may manage call sessions"));
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(buddyLabel(tr("&Zone:"), m_zone, box), m_zone);

    m_language->setObjectName(QStringLiteral("callLanguage"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_status->setObjectName(QStringLiteral("callStatus"));
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Paused"), QStringLiteral("paused"));
    m_status->addItem(tr("Closed"), QStringLiteral("closed"));
    m_status->setToolTip(tr("Volunteers get contacts only from an active campaign"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_status);
    row->addSpacing(16);
    row->addWidget(buddyLabel(tr("&Language:"), m_language, box));
    row->addWidget(m_language);
    row->addStretch(1);
    form->addRow(buddyLabel(tr("&Status:"), m_status, box), row);

    m_team->setObjectName(QStringLiteral("callTeam"));
    m_team->lineEdit()->setObjectName(QStringLiteral("callTeamEdit"));
    m_team->lineEdit()->setPlaceholderText(tr("usernames of the volunteers, Enter after each"));
    m_team->setToolTip(tr("The accounts that may call for this campaign (volunteers may also join with an "
                          "invitation code)"));
    form->addRow(tr("&Team:"), m_team);
    for (QWidget *w : box->findChildren<QWidget *>())
        normalFont(w);
    return box;
}

QWidget *CallCampaignEditor::buildAudience()
{
    auto *box = section(tr("Who is called"), this);
    auto *grid = new QGridLayout(box);
    m_audienceZones->setObjectName(QStringLiteral("callAudienceZones"));
    m_audienceZones->setToolTip(tr("Contacts of the ticked zones, with a phone number and phone consent"));
    m_audienceZones->setMinimumHeight(m_audienceZones->fontMetrics().height() + 12);
    m_audienceZones->setMaximumHeight(150);
    m_tagsIn->setObjectName(QStringLiteral("callTagsIn"));
    m_tagsIn->lineEdit()->setObjectName(QStringLiteral("callTagsInEdit"));
    m_tagsIn->lineEdit()->setPlaceholderText(tr("any contact"));
    m_tagsOut->setObjectName(QStringLiteral("callTagsOut"));
    m_tagsOut->lineEdit()->setObjectName(QStringLiteral("callTagsOutEdit"));
    m_tagsOut->lineEdit()->setPlaceholderText(tr("none left out"));
    grid->addWidget(new QLabel(tr("Zones:"), box), 0, 0, Qt::AlignTop);
    grid->addWidget(m_audienceZones, 0, 1);
    grid->addWidget(new QLabel(tr("With one of the tags:"), box), 1, 0);
    grid->addWidget(m_tagsIn, 1, 1);
    grid->addWidget(new QLabel(tr("Without the tags:"), box), 2, 0);
    grid->addWidget(m_tagsOut, 2, 1);
    auto *memberships = new QHBoxLayout;
    for (Membership m : {Membership::Member, Membership::Supporter, Membership::Former, Membership::None}) {
        auto *b = new QCheckBox(ContactListModel::membershipText(m), box);
        b->setObjectName(QStringLiteral("callMembership_") + membershipId(m));
        b->setProperty("membership", membershipId(m));
        m_membership << b;
        memberships->addWidget(b);
    }
    memberships->addStretch(1);
    grid->addWidget(new QLabel(tr("Membership:"), box), 3, 0);
    grid->addLayout(memberships, 3, 1);
    auto *note = new QLabel(tr("None ticked: every status. Only contacts with a phone number and phone consent are "
                               "called; the server builds the list when the campaign is saved."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(note, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    for (QWidget *w : box->findChildren<QWidget *>())
        normalFont(w);
    return box;
}

QWidget *CallCampaignEditor::buildScript()
{
    auto *box = section(tr("Script"), this);
    auto *layout = new QVBoxLayout(box);
    m_script->setObjectName(QStringLiteral("callScript"));
    m_script->setPlaceholderText(tr("What the volunteer says, in Markdown: “Bonjour {{first_name|}}, je vous appelle de "
                                    "la part de…”"));
    m_script->setTabChangesFocus(true);
    m_script->setMinimumHeight(160);
    m_tokens->setObjectName(QStringLiteral("insertTokenButton"));
    m_tokens->setText(tr("Insert a personal field"));
    m_tokens->setPopupMode(QToolButton::InstantPopup);
    m_tokens->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_tokens);
    const QList<std::pair<QString, QString>> tokens{{QStringLiteral("first_name"), tr("First name")},
                                                    {QStringLiteral("last_name"), tr("Last name")},
                                                    {QStringLiteral("commune"), tr("Commune")}};
    for (const auto &[token, label] : tokens) {
        QAction *a = menu->addAction(tr("%1  {{%2}}").arg(label, token));
        a->setObjectName(QStringLiteral("token_") + token);
        connect(a, &QAction::triggered, this, [this, token = token] { insertToken(token); });
    }
    m_tokens->setMenu(menu);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_tokens);
    auto *hint = new QLabel(tr("The server fills them in for each person called."), box);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    tools->addWidget(hint, 1);
    layout->addLayout(tools);
    layout->addWidget(m_script, 1);
    for (QWidget *w : box->findChildren<QWidget *>())
        normalFont(w);
    return box;
}

QWidget *CallCampaignEditor::buildSurvey()
{
    auto *box = section(tr("Survey"), this);
    auto *layout = new QVBoxLayout(box);
    m_survey->setObjectName(QStringLiteral("callSurvey"));
    m_survey->setHorizontalHeaderLabels({tr("Id"), tr("Kind"), tr("Question"), tr("Choices")});
    m_survey->horizontalHeaderItem(ChoicesColumn)->setToolTip(tr("Choices (separated by ;)"));
    m_survey->verticalHeader()->hide();
    m_survey->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_survey->setSelectionMode(QAbstractItemView::SingleSelection);
    m_survey->horizontalHeader()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_survey->horizontalHeader()->setSectionResizeMode(ChoicesColumn, QHeaderView::Stretch);
    m_survey->setColumnWidth(IdColumn, 70);
    m_survey->setColumnWidth(KindColumn, 130);
    m_survey->setMinimumHeight(140);
    m_addQuestion->setObjectName(QStringLiteral("addQuestionButton"));
    m_removeQuestion->setObjectName(QStringLiteral("removeQuestionButton"));
    m_removeQuestion->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addQuestion);
    buttons->addWidget(m_removeQuestion);
    buttons->addStretch(1);
    layout->addWidget(m_survey, 1);
    layout->addLayout(buttons);
    for (QWidget *w : box->findChildren<QWidget *>())
        normalFont(w);
    return box;
}

QWidget *CallCampaignEditor::buildRules()
{
    auto *box = section(tr("Calling hours and rules"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *days = new QHBoxLayout;
    days->setSpacing(4);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *b = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), box);
        b->setObjectName(QStringLiteral("callDay%1").arg(d));
        m_days << b;
        days->addWidget(b);
    }
    days->addStretch(1);
    form->addRow(tr("Days:"), days);
    auto *hours = new QHBoxLayout;
    for (QTimeEdit *t : {m_from, m_to})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setObjectName(QStringLiteral("callFrom"));
    m_to->setObjectName(QStringLiteral("callTo"));
    hours->addWidget(m_from);
    hours->addWidget(new QLabel(tr("to"), box));
    hours->addWidget(m_to);
    hours->addWidget(new QLabel(tr("(Paris time)"), box));
    hours->addStretch(1);
    form->addRow(tr("From:"), hours);

    m_maxAttempts->setObjectName(QStringLiteral("callMaxAttempts"));
    m_maxAttempts->setRange(1, 10);
    m_maxAttempts->setToolTip(tr("After this many calls without a final answer, the person is no longer called"));
    m_retryDelay->setObjectName(QStringLiteral("callRetryDelay"));
    m_retryDelay->setRange(0, 10080);
    m_retryDelay->setSingleStep(30);
    m_retryDelay->setSuffix(tr(" min"));
    m_retryDelay->setToolTip(tr("After a busy line or a voicemail, wait this long before calling again"));
    m_lease->setObjectName(QStringLiteral("callLease"));
    m_lease->setRange(1, 1440);
    m_lease->setSingleStep(15);
    m_lease->setSuffix(tr(" min"));
    m_lease->setToolTip(tr("How long a contact stays reserved for the volunteer who took it"));
    m_goal->setObjectName(QStringLiteral("callGoal"));
    m_goal->setRange(0, 10'000'000);
    m_goal->setSingleStep(50);
    m_goal->setGroupSeparatorShown(true);
    m_goal->setSpecialValueText(tr("No goal"));
    m_goal->setToolTip(tr("The number of completed calls aimed at"));
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_maxAttempts);
    numbers->addSpacing(12);
    numbers->addWidget(buddyLabel(tr("&Retry after:"), m_retryDelay, box));
    numbers->addWidget(m_retryDelay);
    numbers->addStretch(1);
    form->addRow(buddyLabel(tr("&Attempts at most:"), m_maxAttempts, box), numbers);
    auto *numbers2 = new QHBoxLayout;
    numbers2->addWidget(m_lease);
    numbers2->addSpacing(12);
    numbers2->addWidget(buddyLabel(tr("&Goal:"), m_goal, box));
    numbers2->addWidget(m_goal);
    numbers2->addStretch(1);
    form->addRow(buddyLabel(tr("R&eserved for:"), m_lease, box), numbers2);
    for (QWidget *w : box->findChildren<QWidget *>())
        normalFont(w);
    return box;
}

void CallCampaignEditor::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SyncController::accountChanged, this, [this] {
            if (!m_open)
                return;
            m_filling = true;
            fillZones(m_zone->currentData().toString());
            m_filling = false;
            setReadOnly(m_readOnly);
        });
}

QStringList CallCampaignEditor::zoneChoices() const
{
    if (!m_session || !m_session->isUnlocked())
        return {};
    return ZoneChoices::granted(Feature::CallsManage, m_sync ? m_sync->accountGrants() : QList<Grant>(),
                                m_session->replica()->database());
}

void CallCampaignEditor::fillZones(const QString &current)
{
    ZoneChoices::fill(m_zone, zoneChoices(), current);
}

void CallCampaignEditor::fillAudienceZones(const QStringList &checked)
{
    const QSignalBlocker blocker(m_audienceZones);
    m_audienceZones->clear();
    const QString zone = m_zone->currentData().toString();
    const ZoneTree &tree = ZoneTree::france();
    const Zone *z = tree.zone(zone);
    if (!z)
        return;
    QStringList codes{zone};
    for (const Zone *c : tree.children(zone))
        if (c->type == ZoneType::Region || c->type == ZoneType::Department)
            codes << c->code;
    if (z->type == ZoneType::Department)
        codes = QStringList{zone};
    for (const QString &code : std::as_const(codes)) {
        auto *item = new QListWidgetItem(code == zone && codes.size() > 1 ? tr("%1 (all of it)").arg(ZoneChoices::label(code))
                                                                          : ZoneChoices::label(code),
                                         m_audienceZones);
        item->setData(CodeRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
        if (code == zone && codes.size() > 1) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    // As high as its zones (a department: one line), up to a few lines.
    const int rows = std::clamp(m_audienceZones->count(), 1, 6);
    m_audienceZones->setFixedHeight(rows * (m_audienceZones->sizeHintForRow(0) > 0 ? m_audienceZones->sizeHintForRow(0)
                                                                                  : m_audienceZones->fontMetrics().height() + 4)
                                    + 2 * m_audienceZones->frameWidth() + 4);
}

QStringList CallCampaignEditor::audienceZones() const
{
    QStringList out;
    for (int i = 0; i < m_audienceZones->count(); ++i)
        if (m_audienceZones->item(i)->checkState() == Qt::Checked)
            out << m_audienceZones->item(i)->data(CodeRole).toString();
    // The whole zone covers the rest.
    if (out.contains(m_zone->currentData().toString()))
        return {m_zone->currentData().toString()};
    return out;
}

int CallCampaignEditor::addQuestion(const QString &id, const QString &kind, const QString &question,
                                    const QStringList &choices)
{
    const bool wasFilling = std::exchange(m_filling, true);
    const int row = m_survey->rowCount();
    m_survey->insertRow(row);
    m_survey->setItem(row, IdColumn, new QTableWidgetItem(id));
    m_survey->setItem(row, KindColumn, new QTableWidgetItem);
    m_survey->setItem(row, QuestionColumn, new QTableWidgetItem(question));
    m_survey->setItem(row, ChoicesColumn, new QTableWidgetItem(choices.join(QStringLiteral("; "))));
    auto *combo = new QComboBox(m_survey);
    combo->setObjectName(QStringLiteral("questionKind"));
    combo->addItem(tr("One choice"), QStringLiteral("single"));
    combo->addItem(tr("Several choices"), QStringLiteral("multiple"));
    combo->addItem(tr("Written answer"), QStringLiteral("text"));
    combo->setCurrentIndex(std::max(0, combo->findData(kind)));
    combo->setEnabled(!m_readOnly);
    m_survey->setCellWidget(row, KindColumn, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &CallCampaignEditor::edited);
    m_filling = wasFilling;
    edited();
    return row;
}

void CallCampaignEditor::removeQuestion(int row)
{
    if (row < 0 || row >= m_survey->rowCount() || m_readOnly)
        return;
    m_survey->removeRow(row);
    edited();
}

QJsonArray CallCampaignEditor::survey() const
{
    QJsonArray out;
    for (int r = 0; r < m_survey->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_survey->cellWidget(r, KindColumn));
        const QString kind = combo ? combo->currentData().toString() : QStringLiteral("text");
        QJsonObject q{{QStringLiteral("id"), m_survey->item(r, IdColumn)->text().trimmed()},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("question"), m_survey->item(r, QuestionColumn)->text().trimmed()}};
        q.insert(QStringLiteral("choices"), kind == QLatin1String("text")
                                                ? QJsonArray()
                                                : QJsonArray::fromStringList(splitChoices(m_survey->item(r, ChoicesColumn)->text())));
        out.append(q);
    }
    return out;
}

void CallCampaignEditor::insertToken(const QString &token)
{
    if (m_readOnly)
        return;
    // The first name takes a fallback for people whose first name is not known.
    const QString text = token == QLatin1String("first_name")
        ? QStringLiteral("{{first_name|%1}}").arg(tr("Madame, Monsieur", "fallback when the first name is unknown"))
        : QStringLiteral("{{%1}}").arg(token);
    m_script->insertPlainText(text);
    m_script->setFocus();
}

void CallCampaignEditor::load(const SyncRecord &record)
{
    m_record = record;
    m_open = true;
    m_filling = true;
    const QJsonObject &d = record.data;
    fillZones(record.zone);
    m_name->setText(field(d, "name"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(field(d, "language"))));
    m_status->setCurrentIndex(std::max(0, m_status->findData(field(d, "status"))));
    const QJsonObject audience = d.value(QLatin1String("audience")).toObject();
    QStringList zones = strings(audience.value(QLatin1String("zones")));
    if (zones.isEmpty())
        zones << record.zone;
    fillAudienceZones(zones);
    m_tagsIn->setTags(strings(audience.value(QLatin1String("tags_in"))));
    m_tagsOut->setTags(strings(audience.value(QLatin1String("tags_out"))));
    const QStringList membership = strings(audience.value(QLatin1String("membership")));
    for (QCheckBox *b : std::as_const(m_membership))
        b->setChecked(membership.contains(b->property("membership").toString()));
    if (m_session && m_session->contacts()) {
        const QStringList tags = m_session->contacts()->tagNames();
        m_tagsIn->setCompletions(tags);
        m_tagsOut->setCompletions(tags);
    }
    m_script->setPlainText(field(d, "script"));
    m_survey->setRowCount(0);
    for (const QJsonValue &v : d.value(QLatin1String("survey")).toArray()) {
        const QJsonObject q = v.toObject();
        addQuestion(field(q, "id"), field(q, "kind"), field(q, "question"), strings(q.value(QLatin1String("choices"))));
    }
    const QJsonObject hours = d.value(QLatin1String("hours")).toObject();
    QSet<int> days;
    for (const QJsonValue &v : hours.value(QLatin1String("days")).toArray())
        days.insert(v.toInt());
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setChecked(days.contains(i + 1));
    const QTime from = QTime::fromString(field(hours, "from"), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(field(hours, "to"), QStringLiteral("HH:mm"));
    m_from->setTime(from.isValid() ? from : QTime(10, 0));
    m_to->setTime(to.isValid() ? to : QTime(20, 0));
    m_maxAttempts->setValue(int(d.value(QLatin1String("max_attempts")).toInteger(3)));
    m_retryDelay->setValue(int(d.value(QLatin1String("retry_delay_minutes")).toInteger(120)));
    m_lease->setValue(int(d.value(QLatin1String("lease_minutes")).toInteger(60)));
    m_goal->setValue(int(d.value(QLatin1String("goal")).toInteger(0)));
    m_team->setTags(strings(d.value(QLatin1String("team"))));
    m_filling = false;
    m_modified = false;
    const bool managed = zoneChoices().contains(record.zone) || m_sync == nullptr || m_sync->accountGrants().isEmpty();
    setReadOnly(!managed);
    m_heading->setText(m_name->text().isEmpty() ? tr("New call campaign") : m_name->text());
    updateProblems();
    setEnabled(true);
}

void CallCampaignEditor::newCampaign()
{
    SyncRecord r;
    r.type = TypeCampaign;
    r.zone = zoneChoices().value(0);
    r.data = QJsonObject{
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("language"), QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr")},
        {QStringLiteral("hours"), QJsonObject{{QStringLiteral("days"), QJsonArray{1, 2, 3, 4, 5, 6}},
                                              {QStringLiteral("from"), QStringLiteral("10:00")},
                                              {QStringLiteral("to"), QStringLiteral("20:00")}}},
        {QStringLiteral("max_attempts"), 3},
        {QStringLiteral("retry_delay_minutes"), 120},
        {QStringLiteral("lease_minutes"), 60},
        {QStringLiteral("goal"), 500}};
    load(r);
    m_name->setFocus();
}

void CallCampaignEditor::close()
{
    m_open = false;
    m_modified = false;
    m_record = SyncRecord();
    m_filling = true;
    m_name->clear();
    m_script->clear();
    m_survey->setRowCount(0);
    m_zone->clear();
    m_audienceZones->clear();
    for (TagsEditor *t : {m_tagsIn, m_tagsOut, m_team})
        t->setTags({});
    m_filling = false;
    m_heading->setText(tr("No campaign selected"));
    m_problems->clear();
    setEnabled(false);
}

void CallCampaignEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_script->setReadOnly(readOnly);
    m_survey->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                       : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                             | QAbstractItemView::AnyKeyPressed);
    for (int r = 0; r < m_survey->rowCount(); ++r)
        if (QWidget *w = m_survey->cellWidget(r, KindColumn))
            w->setEnabled(!readOnly);
    QList<QWidget *> widgets{m_zone, m_language, m_status, m_audienceZones, m_tagsIn, m_tagsOut, m_team, m_tokens,
                             m_addQuestion, m_from, m_to, m_maxAttempts, m_retryDelay, m_lease, m_goal, m_save};
    for (QCheckBox *b : std::as_const(m_membership))
        widgets << b;
    for (QCheckBox *b : std::as_const(m_days))
        widgets << b;
    for (QWidget *w : std::as_const(widgets))
        w->setEnabled(!readOnly);
    m_removeQuestion->setEnabled(!readOnly && m_survey->currentRow() >= 0);
}

void CallCampaignEditor::edited()
{
    if (m_filling || !m_open)
        return;
    m_modified = true;
    m_heading->setText(m_name->text().isEmpty() ? tr("New call campaign") : m_name->text());
    updateProblems();
}

QStringList CallCampaignEditor::problems() const
{
    QStringList out;
    if (!m_open)
        return out;
    if (m_name->text().trimmed().isEmpty())
        out << tr("Give the campaign a name.");
    if (m_zone->currentData().toString().isEmpty())
        out << tr("Choose a zone: your account may not manage call sessions in any zone.");
    else if (audienceZones().isEmpty())
        out << tr("Tick at least one zone to call.");
    if (m_script->toPlainText().trimmed().isEmpty())
        out << tr("Write the script the volunteers will read.");
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]{1,32}$"));
    QSet<QString> ids;
    const QJsonArray questions = survey();
    for (int i = 0; i < questions.size(); ++i) {
        const QJsonObject q = questions.at(i).toObject();
        const QString id = field(q, "id");
        const int n = i + 1;
        if (!idPattern.match(id).hasMatch())
            out << tr("Question %1: its id must be 1 to 32 lowercase letters, digits or _ (e.g. vote_intent).").arg(n);
        else if (ids.contains(id))
            out << tr("Question %1: the id “%2” is used twice.").arg(n).arg(id);
        ids.insert(id);
        if (field(q, "question").isEmpty())
            out << tr("Question %1: write the question.").arg(n);
        const qsizetype choices = q.value(QLatin1String("choices")).toArray().size();
        if (field(q, "kind") != QLatin1String("text") && (choices < 2 || choices > 20))
            out << tr("Question %1: give 2 to 20 choices, separated by “;”.").arg(n);
    }
    if (std::none_of(m_days.cbegin(), m_days.cend(), [](const QCheckBox *b) { return b->isChecked(); }))
        out << tr("Tick at least one calling day.");
    if (m_from->time() >= m_to->time())
        out << tr("The calling hours must end after they start.");
    return out;
}

void CallCampaignEditor::updateProblems()
{
    const QStringList list = problems();
    if (m_readOnly)
        m_problems->setText(tr("You may not change call campaigns of this zone: it is shown read-only."));
    else if (list.isEmpty())
        m_problems->setText(m_modified ? tr("Changes not saved yet.")
                            : m_record.dirty ? tr("Saved on this computer; sent to the server at the next sync.")
                                             : QString());
    else
        m_problems->setText(list.join(u' '));
}

SyncRecord CallCampaignEditor::recordFromForm() const
{
    SyncRecord r = m_record;
    r.type = TypeCampaign;
    r.zone = m_zone->currentData().toString();
    QJsonObject &d = r.data;
    d.insert(QStringLiteral("name"), m_name->text().trimmed());
    QStringList membership;
    for (const QCheckBox *b : m_membership)
        if (b->isChecked())
            membership << b->property("membership").toString();
    m_tagsIn->commitPending();
    m_tagsOut->commitPending();
    m_team->commitPending();
    d.insert(QStringLiteral("audience"),
             QJsonObject{{QStringLiteral("zones"), QJsonArray::fromStringList(audienceZones())},
                         {QStringLiteral("tags_in"), QJsonArray::fromStringList(m_tagsIn->tags())},
                         {QStringLiteral("tags_out"), QJsonArray::fromStringList(m_tagsOut->tags())},
                         {QStringLiteral("membership"), QJsonArray::fromStringList(membership)}});
    d.insert(QStringLiteral("script"), m_script->toPlainText());
    d.insert(QStringLiteral("survey"), survey());
    QJsonArray days;
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days.at(i)->isChecked())
            days.append(i + 1);
    d.insert(QStringLiteral("hours"), QJsonObject{{QStringLiteral("days"), days},
                                                  {QStringLiteral("from"), m_from->time().toString(QStringLiteral("HH:mm"))},
                                                  {QStringLiteral("to"), m_to->time().toString(QStringLiteral("HH:mm"))}});
    d.insert(QStringLiteral("max_attempts"), m_maxAttempts->value());
    d.insert(QStringLiteral("retry_delay_minutes"), m_retryDelay->value());
    d.insert(QStringLiteral("lease_minutes"), m_lease->value());
    d.insert(QStringLiteral("goal"), m_goal->value());
    d.insert(QStringLiteral("team"), QJsonArray::fromStringList(m_team->tags()));
    d.insert(QStringLiteral("status"), m_status->currentData().toString());
    d.insert(QStringLiteral("language"), m_language->currentData().toString());
    return r;
}

bool CallCampaignEditor::save(QString *error)
{
    QString message;
    if (m_open) {
        m_tagsIn->commitPending();
        m_tagsOut->commitPending();
        m_team->commitPending();
    }
    const QStringList list = problems();
    if (!m_open || !m_session || !m_session->isUnlocked())
        message = tr("No campaign is open.");
    else if (m_readOnly)
        message = tr("You may not change call campaigns of this zone.");
    else if (!list.isEmpty())
        message = list.join(u'\n');
    SyncRecord r = recordFromForm();
    if (message.isEmpty() && RecordRepository(m_session->replica()->database()).save(r, &message)) {
        m_record = r;
        m_modified = false;
        if (m_sync)
            m_sync->nudge();
        updateProblems();
        Q_EMIT saved(r.id);
        return true;
    }
    if (error)
        *error = message;
    m_problems->setText(tr("Not saved: %1").arg(QString(message).replace(u'\n', u' ')));
    return false;
}

bool CallCampaignEditor::saveIfModified()
{
    return !m_open || !m_modified || m_readOnly || save();
}

} // namespace relais
