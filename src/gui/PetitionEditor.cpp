#include "PetitionEditor.h"

#include "ContactJson.h"
#include "PetitionResults.h"
#include "PetitionSlug.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "SyncController.h"
#include "ZoneChoices.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace relais {

namespace {
const QString TypePetition = QStringLiteral("petition");

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// A form label whose mnemonic focuses `buddy` (a row made of a layout gets no buddy from QFormLayout).
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

/// The next full hour, local time: a sensible default for opening and closing times.
QDateTime nextHour(int daysLater = 0)
{
    const QDateTime now = QDateTime::currentDateTime().addDays(daysLater);
    return QDateTime(now.date(), QTime(now.time().hour(), 0)).addSecs(3600);
}
} // namespace

PetitionEditor::PetitionEditor(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_heading(new QLabel(this)), m_title(new QLineEdit(this)),
      m_zone(new QComboBox(this)), m_slug(new QLineEdit(this)), m_url(new QLabel(this)), m_copyUrl(new QToolButton(this)),
      m_goal(new QSpinBox(this)), m_language(new QComboBox(this)), m_opensSet(new QCheckBox(tr("Opens on"), this)),
      m_opens(new QDateTimeEdit(this)), m_closesSet(new QCheckBox(tr("Closes on"), this)),
      m_closes(new QDateTimeEdit(this)), m_optin(new QLineEdit(this)), m_text(new QPlainTextEdit(this)),
      m_preview(new QTextBrowser(this)), m_problems(new QLabel(this)), m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(QStringLiteral("petitionEditor"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(QStringLiteral("petitionHeading"));

    m_text->setObjectName(QStringLiteral("petitionText"));
    m_text->setPlaceholderText(tr("Why sign? Write the text of the petition here (Markdown: **bold**, *italics*, "
                                  "## heading, - list)."));
    m_text->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("petitionPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setPlaceholderText(tr("The text as signers will read it."));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_text);
    split->addWidget(m_preview);
    split->setChildrenCollapsible(false);

    m_problems->setObjectName(QStringLiteral("petitionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::PlaceholderText);
    m_save->setObjectName(QStringLiteral("savePetitionButton"));
    m_save->setDefault(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problems, 1);
    bottom->addWidget(m_save, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(buildForm());
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_title, &QLineEdit::textEdited, this, &PetitionEditor::titleEdited);
    connect(m_slug, &QLineEdit::textEdited, this, &PetitionEditor::slugEdited);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &PetitionEditor::edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PetitionEditor::edited);
    connect(m_goal, &QSpinBox::valueChanged, this, &PetitionEditor::edited);
    connect(m_optin, &QLineEdit::textEdited, this, &PetitionEditor::edited);
    for (auto [check, edit] : {std::pair{m_opensSet, m_opens}, std::pair{m_closesSet, m_closes}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &PetitionEditor::edited);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &PetitionEditor::edited);
    }
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updatePreview();
        edited();
    });
    connect(m_copyUrl, &QToolButton::clicked, this, [this] {
        if (const QString url = publicUrl(); !url.isEmpty())
            QApplication::clipboard()->setText(url);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    close();
}

QWidget *PetitionEditor::buildForm()
{
    auto *form = new QWidget(this);
    auto *grid = new QFormLayout(form);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title->setObjectName(QStringLiteral("petitionTitle"));
    m_title->setPlaceholderText(tr("What the signers ask for, in a few words"));
    grid->addRow(tr("&Title:"), m_title);

    m_zone->setObjectName(QStringLiteral("petitionZone"));
    m_zone->setToolTip(tr("The petition belongs to this zone: the zones where you may manage petitions"));
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_language->setObjectName(QStringLiteral("petitionLanguage"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setToolTip(tr("The language of the public page and of the confirmation e-mail"));
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zone);
    zoneRow->addSpacing(16);
    zoneRow->addWidget(buddyLabel(tr("&Language:"), m_language, form));
    zoneRow->addWidget(m_language);
    zoneRow->addStretch(1);
    grid->addRow(buddyLabel(tr("&Zone:"), m_zone, form), zoneRow);

    m_slug->setObjectName(QStringLiteral("petitionSlug"));
    m_slug->setMaxLength(PetitionSlug::MaxLength + 10); // longer is said to be too long, not cut silently
    m_slug->setPlaceholderText(tr("e.g. save-our-hospital"));
    m_slug->setToolTip(tr("The end of the public page's address: lowercase letters, digits and dashes"));
    m_url->setObjectName(QStringLiteral("petitionUrl"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setForegroundRole(QPalette::PlaceholderText);
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrl->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)));
    m_copyUrl->setText(tr("Copy"));
    m_copyUrl->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyUrl->setToolTip(tr("Copy the address of the public page"));
    auto *slugRow = new QHBoxLayout;
    slugRow->addWidget(m_slug, 2);
    slugRow->addWidget(m_url, 3);
    slugRow->addWidget(m_copyUrl);
    grid->addRow(buddyLabel(tr("Public &address:"), m_slug, form), slugRow);

    m_goal->setObjectName(QStringLiteral("petitionGoal"));
    m_goal->setRange(0, 10'000'000);
    m_goal->setSingleStep(100);
    m_goal->setGroupSeparatorShown(true);
    m_goal->setSpecialValueText(tr("No goal"));
    m_goal->setMinimumWidth(120);
    m_goal->setToolTip(tr("The number of signatures aimed at, shown with a progress bar on the public page"));
    auto *goalRow = new QHBoxLayout;
    goalRow->addWidget(m_goal);
    goalRow->addStretch(1);
    grid->addRow(buddyLabel(tr("&Goal:"), m_goal, form), goalRow);

    auto *datesRow = new QHBoxLayout;
    for (auto [check, edit, name] : {std::tuple{m_opensSet, m_opens, "petitionOpens"},
                                     std::tuple{m_closesSet, m_closes, "petitionCloses"}}) {
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
        check->setObjectName(QLatin1String(name) + QStringLiteral("Set"));
        datesRow->addWidget(check);
        datesRow->addWidget(edit);
        datesRow->addSpacing(16);
    }
    m_opensSet->setToolTip(tr("Unticked: the petition can be signed as soon as it is saved"));
    m_closesSet->setToolTip(tr("Unticked: the petition never closes"));
    datesRow->addStretch(1);
    grid->addRow(tr("Signing:"), datesRow);

    m_optin->setObjectName(QStringLiteral("petitionOptin"));
    m_optin->setPlaceholderText(tr("Empty: no newsletter box on the page (e.g. “Keep me informed by e-mail”)"));
    m_optin->setToolTip(tr("The wording of the box signers may tick to receive the newsletter"));
    grid->addRow(tr("&Newsletter box:"), m_optin);
    return form;
}

void PetitionEditor::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncController::accountChanged, this, [this] {
            if (!m_open)
                return;
            const QSignalBlocker blocker(m_zone);
            fillZones(m_zone->currentData().toString());
            setReadOnly(m_readOnly);
        });
        connect(m_sync, &SyncController::stateChanged, this, &PetitionEditor::updateUrl);
    }
    updateUrl();
}

QStringList PetitionEditor::zoneChoices() const
{
    if (!m_session || !m_session->isUnlocked())
        return {};
    return ZoneChoices::granted(Feature::PetitionsManage, m_sync ? m_sync->accountGrants() : QList<Grant>(),
                                m_session->replica()->database());
}

void PetitionEditor::fillZones(const QString &current)
{
    ZoneChoices::fill(m_zone, zoneChoices(), current);
}

void PetitionEditor::load(const SyncRecord &record)
{
    m_record = record;
    m_open = true;
    m_filling = true;
    const QJsonObject &d = record.data;
    fillZones(record.zone);
    m_title->setText(field(d, "title"));
    m_slug->setText(field(d, "slug"));
    m_slugFollowsTitle = m_slug->text().isEmpty() || m_slug->text() == PetitionSlug::suggest(m_title->text());
    m_goal->setValue(int(d.value(QLatin1String("goal")).toInteger(0)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(field(d, "language"))));
    for (auto [check, edit, key] : {std::tuple{m_opensSet, m_opens, "opens_at"}, std::tuple{m_closesSet, m_closes, "closes_at"}}) {
        const QDateTime t = ContactJson::fromIso(field(d, key));
        check->setChecked(t.isValid());
        edit->setEnabled(t.isValid());
        edit->setDateTime(t.isValid() ? t.toLocalTime() : nextHour(key == std::string_view("closes_at") ? 30 : 0));
    }
    m_optin->setText(field(d, "optin_text"));
    m_text->setPlainText(field(d, "text"));
    m_slugLocked = !record.id.isEmpty() && m_session && m_session->isUnlocked()
        && PetitionResults(m_session->replica()->database(), record.id).count() > 0;
    m_filling = false;
    m_modified = false;
    // Read-only when the account's grants do not let this user manage petitions of the zone.
    const bool managed = zoneChoices().contains(record.zone) || (m_sync == nullptr || m_sync->accountGrants().isEmpty());
    setReadOnly(!managed);
    m_heading->setText(m_title->text().isEmpty() ? tr("New petition") : m_title->text());
    updatePreview();
    updateUrl();
    updateProblems();
    setEnabled(true);
}

void PetitionEditor::newPetition()
{
    SyncRecord r;
    r.type = TypePetition;
    r.zone = zoneChoices().value(0);
    r.data = QJsonObject{{QStringLiteral("goal"), 1000},
                         {QStringLiteral("language"), QLocale().language() == QLocale::English ? QStringLiteral("en")
                                                                                                 : QStringLiteral("fr")}};
    load(r);
    m_title->setFocus();
}

void PetitionEditor::close()
{
    m_open = false;
    m_modified = false;
    m_record = SyncRecord();
    m_filling = true;
    for (QLineEdit *e : {m_title, m_slug, m_optin})
        e->clear();
    m_text->clear();
    m_zone->clear();
    m_filling = false;
    m_heading->setText(tr("No petition selected"));
    m_problems->clear();
    m_url->clear();
    setEnabled(false);
}

void PetitionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *e : {m_title, m_optin})
        e->setReadOnly(readOnly);
    m_slug->setReadOnly(readOnly || m_slugLocked);
    m_slug->setToolTip(m_slugLocked ? tr("The petition has signatures: its address can no longer change")
                                    : tr("The end of the public page's address: lowercase letters, digits and dashes"));
    m_text->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_zone, m_language, m_goal, m_opensSet, m_closesSet, m_save})
        w->setEnabled(!readOnly);
    m_opens->setEnabled(!readOnly && m_opensSet->isChecked());
    m_closes->setEnabled(!readOnly && m_closesSet->isChecked());
}

void PetitionEditor::edited()
{
    if (m_filling || !m_open)
        return;
    m_modified = true;
    m_heading->setText(m_title->text().isEmpty() ? tr("New petition") : m_title->text());
    updateProblems();
}

void PetitionEditor::titleEdited()
{
    if (m_slugFollowsTitle && !m_slug->isReadOnly()) {
        m_slug->setText(PetitionSlug::suggest(m_title->text()));
        updateUrl();
    }
    edited();
}

void PetitionEditor::slugEdited()
{
    m_slugFollowsTitle = m_slug->text().isEmpty();
    updateUrl();
    edited();
}

QString PetitionEditor::publicUrl() const
{
    const QString slug = m_slug->text().trimmed();
    if (!m_sync || !PetitionSlug::isValid(slug))
        return {};
    QUrl url = m_sync->serverUrl();
    if (!url.isValid() || url.isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/p/") + slug);
    return url.toString();
}

void PetitionEditor::updateUrl()
{
    const QString url = publicUrl();
    const bool connected = m_sync && m_sync->serverUrl().isValid() && !m_sync->serverUrl().isEmpty();
    if (!connected)
        m_url->setText(tr("The public address shows once this profile is connected to a server."));
    else if (url.isEmpty())
        m_url->setText(tr("(no valid address yet)"));
    else
        m_url->setText(m_record.version > 0 && !m_modified ? url : tr("%1 (once saved and synced)").arg(url));
    m_url->setToolTip(url);
    m_copyUrl->setVisible(connected);
    m_copyUrl->setEnabled(!url.isEmpty());
}

void PetitionEditor::updatePreview()
{
    QString markdown = m_text->toPlainText();
    if (!m_title->text().isEmpty())
        markdown.prepend(QStringLiteral("# ") + m_title->text() + QStringLiteral("\n\n"));
    m_preview->setMarkdown(markdown);
}

QStringList PetitionEditor::problems() const
{
    QStringList out;
    if (!m_open)
        return out;
    if (m_title->text().trimmed().isEmpty())
        out << tr("Give the petition a title.");
    if (m_zone->currentData().toString().isEmpty())
        out << tr("Choose a zone: your account may not manage petitions in any zone.");
    const QString slug = m_slug->text().trimmed();
    if (const QString p = PetitionSlug::problem(slug); !p.isEmpty()) {
        out << p;
    } else if (m_session && m_session->isUnlocked()) {
        for (const SyncRecord &r : RecordRepository(m_session->replica()->database()).list(TypePetition))
            if (r.id != m_record.id && field(r.data, "slug") == slug) {
                out << tr("The petition “%1” already uses this address.").arg(field(r.data, "title"));
                break;
            }
    }
    if (m_opensSet->isChecked() && m_closesSet->isChecked() && m_closes->dateTime() <= m_opens->dateTime())
        out << tr("The petition must close after it opens.");
    if (m_text->toPlainText().trimmed().isEmpty())
        out << tr("Write the text of the petition.");
    return out;
}

void PetitionEditor::updateProblems()
{
    const QStringList list = problems();
    if (m_readOnly)
        m_problems->setText(tr("You may not change petitions of this zone: it is shown read-only."));
    else if (list.isEmpty())
        m_problems->setText(m_modified ? tr("Changes not saved yet.")
                            : m_record.dirty ? tr("Saved on this computer; sent to the server at the next sync.")
                                             : QString());
    else
        m_problems->setText(list.join(u' '));
}

SyncRecord PetitionEditor::recordFromForm() const
{
    SyncRecord r = m_record;
    r.type = TypePetition;
    r.zone = m_zone->currentData().toString();
    QJsonObject &d = r.data;
    d.insert(QStringLiteral("title"), m_title->text().trimmed());
    d.insert(QStringLiteral("text"), m_text->toPlainText());
    d.insert(QStringLiteral("goal"), m_goal->value());
    d.insert(QStringLiteral("slug"), m_slug->text().trimmed());
    d.insert(QStringLiteral("opens_at"), m_opensSet->isChecked() ? ContactJson::isoTime(m_opens->dateTime()) : QString());
    d.insert(QStringLiteral("closes_at"), m_closesSet->isChecked() ? ContactJson::isoTime(m_closes->dateTime()) : QString());
    d.insert(QStringLiteral("optin_text"), m_optin->text().trimmed());
    d.insert(QStringLiteral("language"), m_language->currentData().toString());
    return r;
}

bool PetitionEditor::save(QString *error)
{
    QString message;
    const QStringList list = problems();
    if (!m_open || !m_session || !m_session->isUnlocked())
        message = tr("No petition is open.");
    else if (m_readOnly)
        message = tr("You may not change petitions of this zone.");
    else if (!list.isEmpty())
        message = list.join(u'\n');
    SyncRecord r = recordFromForm();
    if (message.isEmpty() && RecordRepository(m_session->replica()->database()).save(r, &message)) {
        m_record = r;
        m_modified = false;
        if (m_sync)
            m_sync->nudge();
        updateUrl();
        updateProblems();
        Q_EMIT saved(r.id);
        return true;
    }
    if (error)
        *error = message;
    m_problems->setText(tr("Not saved: %1").arg(QString(message).replace(u'\n', u' ')));
    return false;
}

bool PetitionEditor::saveIfModified()
{
    return !m_open || !m_modified || m_readOnly || save();
}

} // namespace relais
