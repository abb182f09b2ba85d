#include "NewsletterEditor.h"

#include "AudienceCounter.h"
#include "AudienceEditor.h"
#include "EmailAddress.h"
#include "MarkdownFormatter.h"
#include "NewsletterPreview.h"
#include "NewsletterSender.h"
#include "NewsletterStatus.h"
#include "ZoneChoices.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "ScheduleDialog.h"
#include "SyncController.h"
#include "SyncStore.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace relais {

namespace {
constexpr int PreviewDelayMs = 250;
constexpr int AutosaveDelayMs = 2000;
constexpr int LineRole = Qt::UserRole;
const QString TypeNewsletter = QStringLiteral("newsletter");
const QString KeyTestAddress = QStringLiteral("newsletter_test_address");
const QString KeyUser = QStringLiteral("server_username");

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

NewsletterEditor::NewsletterEditor(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_badge(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_zoneCombo(new QComboBox(this)), m_senderCombo(new QComboBox(this)),
      m_nameLabel(new QLabel(tr("Template name:"), this)), m_nameEdit(new QLineEdit(this)),
      m_subjectEdit(new QLineEdit(this)), m_preheaderEdit(new QLineEdit(this)), m_toolbar(nullptr),
      m_body(new QPlainTextEdit(this)), m_warnings(new QListWidget(this)), m_preview(new NewsletterPreview(this)),
      m_audience(new AudienceEditor(session, this)), m_statusLabel(new QLabel(this)), m_recipientsLabel(new QLabel(this)),
      m_saveButton(new QPushButton(tr("Save draft"), this)), m_templateButton(new QPushButton(tr("Save as template…"), this)),
      m_testButton(new QPushButton(tr("Send a test…"), this)), m_scheduleButton(new QPushButton(tr("Schedule…"), this)),
      m_sendButton(new QPushButton(tr("Send now…"), this)), m_statsButton(new QPushButton(tr("Statistics"), this)),
      m_cancelButton(new QPushButton(tr("Cancel sending…"), this)), m_previewTimer(new QTimer(this)),
      m_autosaveTimer(new QTimer(this)), m_sender(new NewsletterSender(session, this))
{
    setObjectName(QStringLiteral("newsletterEditor"));
    m_title->setObjectName(QStringLiteral("newsletterTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    m_badge->setObjectName(QStringLiteral("statusBadge"));

    m_tabs->setObjectName(QStringLiteral("newsletterTabs"));
    m_tabs->addTab(buildMessageTab(), tr("Message"));
    m_tabs->addTab(m_audience, tr("Audience"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_badge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildButtonBar());

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &NewsletterEditor::refreshNow);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_modified && !m_readOnly)
            save();
    });
    for (QLineEdit *edit : {m_nameEdit, m_subjectEdit, m_preheaderEdit})
        connect(edit, &QLineEdit::textEdited, this, &NewsletterEditor::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NewsletterEditor::edited);
    connect(m_zoneCombo, &QComboBox::currentIndexChanged, this, &NewsletterEditor::zoneChanged);
    connect(m_senderCombo, &QComboBox::currentIndexChanged, this, &NewsletterEditor::edited);
    connect(m_audience, &AudienceEditor::changed, this, &NewsletterEditor::edited);
    connect(m_audience, &AudienceEditor::countChanged, this, [this] {
        updateSample();
        refreshNow();
    });
    connect(m_warnings, &QListWidget::itemClicked, this, &NewsletterEditor::goToWarning);
    connect(m_warnings, &QListWidget::itemActivated, this, &NewsletterEditor::goToWarning);
    connect(m_sender, &NewsletterSender::progress, this, &NewsletterEditor::showStatus);
    connect(m_sender, &NewsletterSender::finished, this, [this](const ApiResult &result, const QString &error) {
        onSent(std::exchange(m_pendingAction, QString()), result, error);
    });
    close();
}

QWidget *NewsletterEditor::buildMessageTab()
{
    auto *tab = new QWidget(this);
    m_zoneCombo->setObjectName(QStringLiteral("zoneCombo"));
    m_zoneCombo->setToolTip(tr("Where the newsletter is sent: its recipients and sender identities depend on it"));
    m_zoneCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zoneCombo->setMinimumContentsLength(16);
    m_zoneCombo->setMaxVisibleItems(20);
    m_senderCombo->setObjectName(QStringLiteral("senderCombo"));
    m_senderCombo->setToolTip(tr("The name and address the newsletter comes from"));
    m_senderCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_senderCombo->setMinimumContentsLength(16);
    m_nameEdit->setObjectName(QStringLiteral("templateNameEdit"));
    m_subjectEdit->setObjectName(QStringLiteral("subjectEdit"));
    m_subjectEdit->setPlaceholderText(tr("What the recipients read in their inbox"));
    m_preheaderEdit->setObjectName(QStringLiteral("preheaderEdit"));
    m_preheaderEdit->setPlaceholderText(tr("The line shown after the subject in most inboxes (optional)"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setPlaceholderText(tr("Write the newsletter here. Use the buttons above to format it."));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_warnings->setObjectName(QStringLiteral("warningsList"));
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(m_warnings->fontMetrics().height() * 5);
    m_warnings->setToolTip(tr("Click a line to go to the place in the text"));

    auto *form = new QGridLayout;
    form->addWidget(new QLabel(tr("Zone:"), tab), 0, 0);
    form->addWidget(m_zoneCombo, 0, 1);
    form->addWidget(new QLabel(tr("From:"), tab), 0, 2);
    form->addWidget(m_senderCombo, 0, 3);
    form->addWidget(m_nameLabel, 1, 0);
    form->addWidget(m_nameEdit, 1, 1, 1, 3);
    form->addWidget(new QLabel(tr("Subject:"), tab), 2, 0);
    form->addWidget(m_subjectEdit, 2, 1, 1, 3);
    form->addWidget(new QLabel(tr("Preheader:"), tab), 3, 0);
    form->addWidget(m_preheaderEdit, 3, 1, 1, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 2);

    auto *writing = new QWidget(tab);
    auto *writingLayout = new QVBoxLayout(writing);
    writingLayout->setContentsMargins(0, 0, 0, 0);
    writingLayout->setSpacing(2);
    writingLayout->addWidget(m_body, 1);
    auto *checks = new QLabel(tr("Checks"), writing);
    QFont bold = checks->font();
    bold.setBold(true);
    checks->setFont(bold);
    writingLayout->addSpacing(4);
    writingLayout->addWidget(checks);
    writingLayout->addWidget(m_warnings);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(writing);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    // The formatting buttons on a row of their own, above the text and the preview: all of them in sight.
    m_toolbar = buildToolbar();
    auto *tools = new QHBoxLayout;
    tools->setSpacing(0);
    tools->addWidget(m_toolbar);
    tools->addWidget(m_fieldsButton);
    tools->addStretch(1);

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    return tab;
}

QToolBar *NewsletterEditor::buildToolbar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("formatToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    const auto add = [this, bar](const char *name, const QString &text, const QString &tip, const QKeySequence &key,
                                 auto &&slot) {
        QAction *a = bar->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setToolTip(key.isEmpty() ? tip : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + u')');
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_body->addAction(a);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add("headingAction", tr("Title"), tr("Make the line a heading"), {}, [this] { MarkdownFormatter::toggleLinePrefix(m_body, QStringLiteral("## ")); });
    QAction *b = add("boldAction", tr("B", "bold button"), tr("Bold"), QKeySequence::Bold,
                     [this] { MarkdownFormatter::wrap(m_body, QStringLiteral("**"), tr("bold text")); });
    QAction *i = add("italicAction", tr("I", "italic button"), tr("Italic"), QKeySequence::Italic,
                     [this] { MarkdownFormatter::wrap(m_body, QStringLiteral("*"), tr("italic text")); });
    QFont bf = font();
    bf.setBold(true);
    b->setFont(bf);
    QFont itf = font();
    itf.setItalic(true);
    i->setFont(itf);
    add("linkAction", tr("Link"), tr("Turn the selected words into a link"), QKeySequence(Qt::CTRL | Qt::Key_K),
        [this] { MarkdownFormatter::insertLink(m_body); });
    add("bulletsAction", tr("• List"), tr("Bulleted list"), {}, [this] { MarkdownFormatter::toggleLinePrefix(m_body, QStringLiteral("- ")); });
    add("numbersAction", tr("1. List"), tr("Numbered list"), {}, [this] { MarkdownFormatter::toggleNumbers(m_body); });
    add("imageAction", tr("Image"), tr("An image from its web address (https://…)"), {}, [this] { MarkdownFormatter::insertImage(m_body); });
    add("buttonAction", tr("Button"), tr("A button leading to a web page"), {}, [this] { MarkdownFormatter::insertButton(m_body); });

    auto *fields = new QToolButton(this);
    fields->setObjectName(QStringLiteral("insertFieldButton"));
    fields->setText(tr("Insert field"));
    fields->setToolTip(tr("Words replaced by each recipient's own details"));
    fields->setPopupMode(QToolButton::InstantPopup);
    fields->setAutoRaise(true);
    auto *menu = new QMenu(fields);
    const QList<std::pair<QString, QString>> tokens{
        {tr("First name (or “Madam, Sir”)"), QStringLiteral("{{first_name|") + tr("Madam, Sir", "greeting without a first name") + QStringLiteral("}}")},
        {tr("Last name"), QStringLiteral("{{last_name}}")},
        {tr("Title (Mr, Ms…)"), QStringLiteral("{{title}}")},
        {tr("Commune"), QStringLiteral("{{commune}}")},
        {tr("E-mail address"), QStringLiteral("{{email}}")},
    };
    for (const auto &[label, token] : tokens) {
        QAction *a = menu->addAction(label);
        a->setData(token);
        a->setToolTip(token);
        connect(a, &QAction::triggered, this, [this, token] {
            MarkdownFormatter::insertText(m_body, token);
            m_body->setFocus();
        });
    }
    fields->setMenu(menu);
    m_fieldsButton = fields;
    return bar;
}

QWidget *NewsletterEditor::buildButtonBar()
{
    auto *bar = new QWidget(this);
    m_statusLabel->setObjectName(QStringLiteral("editorStatus"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_recipientsLabel->setObjectName(QStringLiteral("recipientsLabel"));
    m_saveButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_templateButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_templateButton->setToolTip(tr("Keep a copy of this newsletter as a template for future ones"));
    m_testButton->setObjectName(QStringLiteral("sendTestButton"));
    m_scheduleButton->setObjectName(QStringLiteral("scheduleButton"));
    m_sendButton->setObjectName(QStringLiteral("sendNowButton"));
    m_statsButton->setObjectName(QStringLiteral("statsButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSendingButton"));
    m_sendButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward, nullptr, this));

    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_templateButton, &QPushButton::clicked, this, &NewsletterEditor::saveAsTemplateWithDialog);
    connect(m_testButton, &QPushButton::clicked, this, &NewsletterEditor::sendTest);
    connect(m_scheduleButton, &QPushButton::clicked, this, &NewsletterEditor::schedule);
    connect(m_sendButton, &QPushButton::clicked, this, &NewsletterEditor::sendNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &NewsletterEditor::cancelScheduled);
    connect(m_statsButton, &QPushButton::clicked, this, [this] { Q_EMIT statisticsRequested(m_record.id); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_statusLabel, 1);
    top->addWidget(m_recipientsLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_templateButton);
    buttons->addStretch(1);
    for (QPushButton *b : {m_statsButton, m_cancelButton, m_testButton, m_scheduleButton, m_sendButton})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addLayout(buttons);
    return bar;
}

void NewsletterEditor::setSyncController(SyncController *sync)
{
    m_sync = sync;
    m_sender->setSyncController(sync);
    m_audience->setSyncController(sync);
    if (sync) {
        connect(sync, &SyncController::stateChanged, this, &NewsletterEditor::updateButtons);
        connect(sync, &SyncController::accountChanged, this, [this] {
            if (m_open)
                fillZones(m_record.zone);
        });
    }
    updateButtons();
}

bool NewsletterEditor::isTemplate() const
{
    return field(m_record.data, "kind") == QLatin1String("template");
}

// --- opening ----------------------------------------------------------------------------------------

void NewsletterEditor::close()
{
    m_autosaveTimer->stop();
    m_open = false;
    m_modified = false;
    m_handedOver = false;
    m_record = SyncRecord();
    m_filling = true;
    m_subjectEdit->clear();
    m_preheaderEdit->clear();
    m_nameEdit->clear();
    m_body->clear();
    m_filling = false;
    m_tabs->setEnabled(false);
    m_statusLabel->clear();
    updateHeader();
    updateButtons();
}

void NewsletterEditor::load(const SyncRecord &record)
{
    m_autosaveTimer->stop();
    // Sent from here, and the server's new state has not come back yet: stays read-only.
    m_handedOver = m_handedOver && record.id == m_record.id
        && NewsletterStatus::isEditable(field(record.data, "kind"), field(record.data, "status"));
    m_record = record;
    m_open = true;
    m_modified = false;
    const QJsonObject &d = record.data;
    m_filling = true;
    fillZones(record.zone);
    fillSenders(field(d, "sender_id"));
    m_nameEdit->setText(field(d, "name"));
    m_subjectEdit->setText(field(d, "subject"));
    m_preheaderEdit->setText(field(d, "preheader"));
    if (m_body->toPlainText() != field(d, "body"))
        m_body->setPlainText(field(d, "body"));
    m_audience->setZone(record.zone);
    m_audience->setCriteria(AudienceCriteria::fromJson(d.value(QLatin1String("audience")).toObject()));
    m_audience->setSegmentId(field(d, "segment_id"));
    m_filling = false;
    const bool templ = isTemplate();
    m_nameLabel->setVisible(templ);
    m_nameEdit->setVisible(templ);
    m_tabs->setEnabled(true);
    setReadOnly(m_handedOver || !NewsletterStatus::isEditable(field(d, "kind"), field(d, "status")));
    showStatus(record.dirty ? tr("Saved on this computer; not yet on the server.") : QString());
    updateSample();
    refreshNow();
    updateHeader();
}

void NewsletterEditor::newDraft(const QJsonObject &from, const QString &zone)
{
    SyncRecord r;
    r.type = TypeNewsletter;
    QStringList zones;
    if (m_session && m_session->isUnlocked())
        zones = ZoneChoices::granted(Feature::NewslettersSend, m_sync ? m_sync->accountGrants() : QList<Grant>(),
                                     m_session->replica()->database());
    const QString wanted = zone.isEmpty() ? field(from, "zone") : zone;
    r.zone = zones.contains(wanted) || (!wanted.isEmpty() && zones.isEmpty()) ? wanted : zones.value(0);
    QJsonObject d{{QStringLiteral("kind"), QStringLiteral("newsletter")}, {QStringLiteral("status"), QStringLiteral("draft")}};
    for (const char *key : {"subject", "preheader", "body", "sender_id", "audience", "segment_id"})
        if (from.contains(QLatin1String(key)))
            d.insert(QLatin1String(key), from.value(QLatin1String(key)));
    if (!d.contains(QLatin1String("body")))
        d.insert(QStringLiteral("body"), QString(tr("Hello {{first_name|Madam, Sir}},") + QStringLiteral("\n\n")));
    if (!d.contains(QLatin1String("audience")) || from.value(QLatin1String("zone")).toString() != r.zone)
        d.insert(QStringLiteral("audience"), AudienceCriteria{{r.zone}, {}, {}, {}}.toJson());
    r.data = d;
    load(r);
    m_subjectEdit->setFocus();
}

void NewsletterEditor::fillZones(const QString &current)
{
    const QSignalBlocker blocker(m_zoneCombo);
    m_zoneCombo->clear();
    if (!m_session || !m_session->isUnlocked())
        return;
    const QStringList zones = ZoneChoices::granted(Feature::NewslettersSend,
                                                   m_sync ? m_sync->accountGrants() : QList<Grant>(),
                                                   m_session->replica()->database());
    ZoneChoices::fill(m_zoneCombo, zones, current);
}

void NewsletterEditor::fillSenders(const QString &current)
{
    const QSignalBlocker blocker(m_senderCombo);
    m_senderCombo->clear();
    const QString zone = m_zoneCombo->currentData().toString();
    if (m_session && m_session->isUnlocked()) {
        const QList<SyncRecord> senders = RecordRepository(m_session->replica()->database()).list(QStringLiteral("sender"));
        for (const SyncRecord &s : senders) {
            if (!ZoneChoices::senderAllowed(s.zone, zone) && s.id != current)
                continue;
            const QString name = field(s.data, "name");
            const QString email = field(s.data, "email");
            m_senderCombo->addItem(name.isEmpty() ? email : tr("%1 <%2>", "sender name <address>").arg(name, email), s.id);
        }
    }
    if (m_senderCombo->count() == 0) {
        m_senderCombo->addItem(tr("No sender for this zone yet: ask your administrator"), QString());
        m_senderCombo->setToolTip(tr("Sender identities are created on the server by your organisation's administrator"));
    } else {
        m_senderCombo->setToolTip(tr("The name and address the newsletter comes from"));
    }
    m_senderCombo->setCurrentIndex(std::max(0, m_senderCombo->findData(current)));
}

// --- editing ----------------------------------------------------------------------------------------

void NewsletterEditor::edited()
{
    if (m_filling || !m_open)
        return;
    m_previewTimer->start();
    if (m_readOnly)
        return;
    m_modified = true;
    m_autosaveTimer->start();
    updateHeader();
}

void NewsletterEditor::zoneChanged()
{
    if (m_filling || !m_open)
        return;
    const QString zone = m_zoneCombo->currentData().toString();
    fillSenders(m_senderCombo->currentData().toString());
    m_audience->setZone(zone);
    edited();
}

void NewsletterEditor::updateSample()
{
    m_sample = NewsletterTemplate::Values();
    m_sampleName.clear();
    if (m_open && m_session && m_session->isUnlocked()) {
        const auto first = AudienceCounter(m_session->replica()->database())
                               .firstRecipient(m_zoneCombo->currentData().toString(), m_audience->criteria());
        if (first) {
            m_sample = *first;
            m_sampleName = QStringList{m_sample[NewsletterTemplate::FirstName], m_sample[NewsletterTemplate::LastName]}
                               .join(u' ').trimmed();
            if (m_sampleName.isEmpty())
                m_sampleName = m_sample[NewsletterTemplate::Email];
        }
    }
    m_sample[NewsletterTemplate::UnsubscribeUrl] = tr("(the recipient's own unsubscribe link)");
}

void NewsletterEditor::refreshNow()
{
    m_previewTimer->stop();
    m_compiled = NewsletterTemplate::compile(m_subjectEdit->text(), m_preheaderEdit->text(), m_body->toPlainText());
    showWarnings();
    m_preview->showNewsletter(m_compiled, m_sample, m_sampleName);
    updateButtons();
}

void NewsletterEditor::showWarnings()
{
    m_warnings->clear();
    for (const NewsletterWarning &w : m_compiled.warnings()) {
        const bool error = w.severity == NewsletterWarning::Severity::Error;
        const QString text = w.line > 0 ? tr("Line %1: %2").arg(w.line).arg(w.message) : w.message;
        auto *item = new QListWidgetItem(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning,
                                                               nullptr, this),
                                         text, m_warnings);
        item->setData(LineRole, w.line);
        item->setToolTip(error ? tr("Error: the newsletter cannot be sent until it is fixed") : tr("Warning"));
        if (error)
            item->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    if (m_warnings->count() == 0) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton, nullptr, this),
                                         tr("No problem found."), m_warnings);
        item->setData(LineRole, -1);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void NewsletterEditor::goToWarning(QListWidgetItem *item)
{
    const int line = item ? item->data(LineRole).toInt() : -1;
    if (line < 0)
        return;
    if (line == 0) {
        // Subject, preheader, or the text as a whole.
        if (m_subjectEdit->text().trimmed().isEmpty() || item->text().contains(QLatin1String("{{")))
            m_subjectEdit->setFocus();
        else
            m_body->setFocus();
        return;
    }
    const QTextBlock block = m_body->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor c(block);
    m_body->setTextCursor(c);
    m_body->centerCursor();
    m_body->setFocus();
}

void NewsletterEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *e : {m_nameEdit, m_subjectEdit, m_preheaderEdit})
        e->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_zoneCombo->setEnabled(!readOnly);
    m_senderCombo->setEnabled(!readOnly);
    m_toolbar->setEnabled(!readOnly);
    m_fieldsButton->setEnabled(!readOnly);
    m_audience->setReadOnly(readOnly);
    updateButtons();
}

void NewsletterEditor::showStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

void NewsletterEditor::updateHeader()
{
    if (!m_open) {
        m_title->setText(tr("No newsletter open"));
        m_badge->clear();
        m_badge->hide();
        return;
    }
    const QString subject = m_subjectEdit->text().trimmed();
    const QString name = m_nameEdit->text().trimmed();
    if (isTemplate())
        m_title->setText(name.isEmpty() ? (subject.isEmpty() ? tr("New template") : subject) : name);
    else
        m_title->setText(subject.isEmpty() ? tr("New newsletter") : subject);
    const QString status = isTemplate() ? QStringLiteral("template") : field(m_record.data, "status");
    m_badge->setText(NewsletterStatus::text(status) + (m_modified ? tr(" · not saved") : QString()));
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 8px; padding: 2px 10px; }")
                               .arg(NewsletterStatus::color(status).name()));
    m_badge->show();
}

// --- saving -----------------------------------------------------------------------------------------

SyncRecord NewsletterEditor::recordFromForm() const
{
    SyncRecord r = m_record;
    r.type = TypeNewsletter;
    r.zone = m_zoneCombo->currentData().toString();
    QJsonObject &d = r.data;
    if (!d.contains(QLatin1String("kind")))
        d.insert(QStringLiteral("kind"), QStringLiteral("newsletter"));
    if (!isTemplate() && !d.contains(QLatin1String("status")))
        d.insert(QStringLiteral("status"), QStringLiteral("draft"));
    if (isTemplate())
        d.insert(QStringLiteral("name"), m_nameEdit->text().trimmed());
    d.insert(QStringLiteral("subject"), m_subjectEdit->text());
    d.insert(QStringLiteral("preheader"), m_preheaderEdit->text());
    d.insert(QStringLiteral("body"), m_body->toPlainText());
    d.insert(QStringLiteral("sender_id"), m_senderCombo->currentData().toString());
    d.insert(QStringLiteral("audience"), m_audience->criteria().toJson());
    if (m_audience->segmentId().isEmpty())
        d.remove(QStringLiteral("segment_id"));
    else
        d.insert(QStringLiteral("segment_id"), m_audience->segmentId());
    if (!d.contains(QLatin1String("created_by")) && m_session && m_session->isUnlocked()) {
        const QString user = SyncStore(m_session->replica()->database()).stateValue(KeyUser);
        if (!user.isEmpty())
            d.insert(QStringLiteral("created_by"), user);
    }
    return r;
}

bool NewsletterEditor::save(QString *error)
{
    QString message;
    m_autosaveTimer->stop();
    if (!m_open || m_readOnly || !m_session || !m_session->isUnlocked()) {
        message = tr("There is nothing to save.");
    } else if (m_zoneCombo->currentData().toString().isEmpty()) {
        message = tr("Choose the zone of the newsletter first.");
    } else {
        SyncRecord r = recordFromForm();
        RecordRepository repo(m_session->replica()->database());
        // Saved again after a sync: build on the version the replica holds now.
        if (!r.id.isEmpty())
            if (const auto stored = repo.get(r.type, r.id))
                r.version = stored->version;
        if (repo.save(r, &message)) {
            m_record = r;
            m_modified = false;
            showStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            updateHeader();
            Q_EMIT saved(r.id);
            if (m_sync)
                m_sync->nudge();
            return true;
        }
        message = tr("The newsletter could not be saved: %1").arg(message);
    }
    showStatus(message);
    if (error)
        *error = message;
    return false;
}

bool NewsletterEditor::saveIfModified()
{
    return !m_open || !m_modified || m_readOnly || save();
}

bool NewsletterEditor::saveAsTemplate(const QString &name, QString *error)
{
    if (!m_open || !m_session || !m_session->isUnlocked()) {
        if (error)
            *error = tr("There is nothing to save.");
        return false;
    }
    SyncRecord t = recordFromForm();
    t.id.clear();
    t.version = 0;
    t.dirty = false;
    for (const char *key : {"status", "scheduled_at", "sent_at", "recipients", "created_by", "updated_at", "id"})
        t.data.remove(QLatin1String(key));
    t.data.insert(QStringLiteral("kind"), QStringLiteral("template"));
    t.data.insert(QStringLiteral("name"), name.trimmed().isEmpty() ? m_subjectEdit->text().trimmed() : name.trimmed());
    QString message;
    if (!RecordRepository(m_session->replica()->database()).save(t, &message)) {
        if (error)
            *error = tr("The template could not be saved: %1").arg(message);
        return false;
    }
    showStatus(tr("Template “%1” saved.").arg(t.data.value(QLatin1String("name")).toString()));
    Q_EMIT saved(t.id);
    if (m_sync)
        m_sync->nudge();
    return true;
}

void NewsletterEditor::saveAsTemplateWithDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Name of the template:"), QLineEdit::Normal,
                                               m_subjectEdit->text().trimmed(), &ok);
    if (!ok)
        return;
    QString error;
    if (!saveAsTemplate(name, &error))
        QMessageBox::warning(this, tr("Save as template"), error);
}

// --- sending ----------------------------------------------------------------------------------------

qint64 NewsletterEditor::recipientCount() const
{
    return m_audience->serverCount() >= 0 ? m_audience->serverCount() : m_audience->localCount();
}

QString NewsletterEditor::zoneText() const
{
    return ZoneChoices::label(m_zoneCombo->currentData().toString());
}

QString NewsletterEditor::sendBlockedReason() const
{
    if (!m_open)
        return tr("Open a newsletter first.");
    if (isTemplate())
        return tr("A template is not sent: create a newsletter from it.");
    if (m_readOnly || m_handedOver)
        return tr("This newsletter is no longer a draft.");
    if (m_sender->isBusy())
        return tr("Sending is under way.");
    if (!m_compiled.isSendable())
        return tr("Fix the errors listed under the text first.");
    if (m_senderCombo->currentData().toString().isEmpty())
        return tr("Choose who the newsletter comes from (From).");
    if (m_audience->criteria().zones.isEmpty())
        return tr("Tick at least one zone in the Audience tab.");
    if (!m_sync || m_sync->state() == SyncStatusWidget::State::NotConnected)
        return tr("Connect this profile to your organisation's server to send (Server menu, Connect to a server).");
    if (!m_sync->isOnline())
        return m_sync->state() == SyncStatusWidget::State::Error && !m_sync->stateMessage().isEmpty()
            ? tr("The connection to the server has a problem: %1").arg(m_sync->stateMessage())
            : tr("Offline: sending needs a connection to the server.");
    return {};
}

void NewsletterEditor::updateButtons()
{
    const bool draft = m_open && !isTemplate() && !m_readOnly;
    const QString status = field(m_record.data, "status");
    m_saveButton->setVisible(m_open && !m_readOnly);
    m_saveButton->setText(isTemplate() ? tr("Save template") : tr("Save draft"));
    m_templateButton->setVisible(m_open && !isTemplate());
    for (QPushButton *b : {m_testButton, m_scheduleButton, m_sendButton})
        b->setVisible(draft || !m_open);
    m_statsButton->setVisible(m_open && (status == QLatin1String("sent") || status == QLatin1String("sending")));
    m_cancelButton->setVisible(m_open && status == QLatin1String("scheduled") && !isTemplate());
    m_cancelButton->setEnabled(m_sync && m_sync->isOnline() && !m_sender->isBusy());

    const QString reason = sendBlockedReason();
    const bool nobody = m_audience->localCount() == 0;
    m_testButton->setEnabled(reason.isEmpty());
    m_testButton->setToolTip(reason.isEmpty() ? tr("Send this newsletter to one address, to see it as recipients will") : reason);
    const QString massReason = !reason.isEmpty() ? reason
        : nobody ? tr("Nobody in this audience can receive it (consent to e-mails and an address are needed).")
                 : QString();
    for (QPushButton *b : {m_sendButton, m_scheduleButton}) {
        b->setEnabled(massReason.isEmpty());
        b->setToolTip(massReason);
    }
    if (massReason.isEmpty()) {
        m_sendButton->setToolTip(tr("Send to every recipient now (you confirm first)"));
        m_scheduleButton->setToolTip(tr("Choose a day and time for it to leave"));
    }
    const qint64 n = m_audience->localCount();
    m_recipientsLabel->setText(m_open && !isTemplate() && n >= 0
                                   ? tr("%Ln recipient(s) in %1", nullptr, int(std::min<qint64>(n, INT_MAX))).arg(zoneText())
                                   : QString());
    m_tabs->setTabText(1, m_open && n >= 0 ? tr("Audience (%1)").arg(QLocale().toString(n)) : tr("Audience"));
}

bool NewsletterEditor::prepareToSend()
{
    const QString reason = sendBlockedReason();
    if (!reason.isEmpty()) {
        QMessageBox::information(this, tr("Sending"), reason);
        return false;
    }
    return !m_modified || save();
}

void NewsletterEditor::sendTest()
{
    if (!prepareToSend() || !m_session)
        return;
    SyncStore store(m_session->replica()->database());
    QString address = store.stateValue(KeyTestAddress);
    for (;;) {
        bool ok = false;
        address = QInputDialog::getText(this, tr("Send a test"), tr("Send a test of this newsletter to:"), QLineEdit::Normal,
                                        address, &ok).trimmed();
        if (!ok)
            return;
        const EmailAddress::Result e = EmailAddress::normalize(address);
        if (e.isValid()) {
            address = e.normalized;
            break;
        }
        QMessageBox::warning(this, tr("Send a test"), e.error);
    }
    store.setStateValue(KeyTestAddress, address);
    m_pendingAction = QStringLiteral("test");
    m_sender->run(m_record.id, QStringLiteral("test"), {{QStringLiteral("to"), address}});
    updateButtons();
}

void NewsletterEditor::sendNow()
{
    if (!prepareToSend())
        return;
    const qint64 n = recipientCount();
    QMessageBox box(QMessageBox::Question, tr("Send the newsletter"),
                    tr("Send “%1” now?").arg(m_subjectEdit->text().trimmed()), QMessageBox::Cancel, this);
    box.setInformativeText(tr("%Ln recipient(s) in %1 will receive it. Once sent, it cannot be taken back.", nullptr,
                              int(std::min<qint64>(n, INT_MAX))).arg(zoneText()));
    QPushButton *send = box.addButton(tr("Send now"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != send)
        return;
    m_pendingAction = QStringLiteral("send");
    m_sender->run(m_record.id, QStringLiteral("send"), {});
    updateButtons();
}

void NewsletterEditor::schedule()
{
    if (!prepareToSend())
        return;
    const qint64 n = recipientCount();
    ScheduleDialog dialog(tr("“%1” will be sent to %Ln recipient(s) in %2.", nullptr, int(std::min<qint64>(n, INT_MAX)))
                              .arg(m_subjectEdit->text().trimmed(), zoneText()),
                          this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pendingAction = QStringLiteral("schedule");
    m_sender->run(m_record.id, QStringLiteral("send"),
                  {{QStringLiteral("scheduled_at"), dialog.when().toUTC().toString(Qt::ISODate)}});
    updateButtons();
}

void NewsletterEditor::cancelScheduled()
{
    if (QMessageBox::question(this, tr("Cancel sending"),
                              tr("Cancel the sending of “%1”? It will not leave.").arg(m_subjectEdit->text().trimmed()))
        != QMessageBox::Yes)
        return;
    m_pendingAction = QStringLiteral("cancel");
    m_sender->run(m_record.id, QStringLiteral("cancel"), {});
    updateButtons();
}

void NewsletterEditor::onSent(const QString &action, const ApiResult &result, const QString &error)
{
    if (!error.isEmpty()) {
        showStatus(error);
        updateButtons();
        QMessageBox::warning(this, action == QLatin1String("test") ? tr("Send a test") : tr("Sending"), error);
        return;
    }
    const QLocale locale;
    if (action == QLatin1String("test")) {
        showStatus(tr("Test sent. Check the inbox in a minute."));
    } else if (action == QLatin1String("cancel")) {
        showStatus(tr("Sending cancelled."));
    } else {
        const int n = int(result.body.value(QLatin1String("recipients")).toInteger(recipientCount()));
        m_handedOver = true;
        setReadOnly(true);
        if (result.body.value(QLatin1String("status")).toString() == QLatin1String("scheduled"))
            showStatus(tr("Scheduled for %Ln recipient(s).", nullptr, n));
        else
            showStatus(tr("Sending to %Ln recipient(s). Follow it in Statistics once it has started.", nullptr, n));
    }
    if (m_sync)
        m_sync->syncNow(); // the server's new state of the newsletter comes back with the next pull
    updateButtons();
}

} // namespace relais
