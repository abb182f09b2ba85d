#include "VolunteerWindow.h"

#include "CallCampaign.h"
#include "CallLiveView.h"
#include "ContactJson.h"
#include "PhoneNumber.h"
#include "ProfileSession.h"
#include "Replica.h"
#include "SyncController.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace relais {

namespace {
const QString TypeAssignment = QStringLiteral("call_assignment");
const QString TypeResult = QStringLiteral("call_result");
const QString TypeBrief = QStringLiteral("call_brief");
constexpr int CardPage = 0;
constexpr int EmptyPage = 1;
constexpr int ClaimCount = 5;

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// Colours of the outcome buttons: the good news green, the final "no" red, the rest neutral.
QString buttonStyle(const QString &outcome)
{
    QString color;
    if (outcome == QLatin1String("completed"))
        color = QStringLiteral("#2e7d32");
    else if (outcome == QLatin1String("refused") || outcome == QLatin1String("do_not_call"))
        color = QStringLiteral("#c62828");
    else if (outcome == QLatin1String("wrong_number"))
        color = QStringLiteral("#ef6c00");
    if (color.isEmpty())
        return QStringLiteral("QPushButton { text-align: left; padding: 6px 12px; }");
    return QStringLiteral("QPushButton { text-align: left; padding: 6px 12px; color: white; background: %1;"
                          " border: 1px solid %1; border-radius: 4px; }"
                          " QPushButton:disabled { background: palette(midlight); border-color: palette(mid);"
                          " color: palette(dark); }"
                          " QPushButton:focus { border: 2px solid palette(highlight); }")
        .arg(color);
}

QString minutesSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

VolunteerWindow::VolunteerWindow(ProfileSession *session, const QString &campaignId, const QString &campaignName,
                                 QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session), m_campaignId(campaignId), m_campaignName(campaignName),
      m_title(new QLabel(this)), m_progressLabel(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_pages(new QStackedWidget(this)), m_name(new QLabel(this)), m_commune(new QLabel(this)), m_phone(new QLabel(this)),
      m_telLink(new QLabel(this)), m_copyPhone(new QPushButton(tr("Copy"), this)), m_attempt(new QLabel(this)),
      m_script(new QTextBrowser(this)), m_surveyBox(new QWidget(this)), m_surveyLayout(new QVBoxLayout(m_surveyBox)),
      m_startCall(new QPushButton(tr("Start call"), this)), m_timerLabel(new QLabel(this)),
      m_notes(new QPlainTextEdit(this)), m_question(new QFrame(this)), m_questionText(new QLabel(this)),
      m_callbackAt(new QDateTimeEdit(this)), m_confirm(new QPushButton(this)),
      m_cancelQuestion(new QPushButton(tr("Cancel"), this)), m_emptyText(new QLabel(this)),
      m_claim(new QPushButton(tr("Get more contacts"), this)), m_emptyClaim(new QPushButton(tr("Get more contacts"), this)),
      m_giveBack(new QPushButton(tr("Give back"), this)), m_status(new QLabel(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("volunteerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Calling — %1").arg(campaignName.isEmpty() ? tr("call session") : campaignName));
    resize(1180, 780);

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("campaignTitle"));
    m_title->setText(campaignName);
    m_progress->setObjectName(QStringLiteral("goalProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(260);
    m_progress->setMinimumWidth(160);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_progressLabel);
    head->addWidget(m_progress);

    m_pages->setObjectName(QStringLiteral("volunteerPages"));
    m_pages->addWidget(buildCard());
    m_pages->addWidget(buildEmpty());

    m_status->setObjectName(QStringLiteral("volunteerStatus"));
    m_status->setWordWrap(true);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    m_claim->setToolTip(tr("Ask the server for %n more people to call", nullptr, ClaimCount));
    m_giveBack->setObjectName(QStringLiteral("giveBackButton"));
    m_giveBack->setToolTip(tr("Give this person back without calling: another volunteer may call them"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_giveBack);
    bottom->addWidget(m_claim);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    m_tick->setInterval(250); // a coarse timer may fire a little early: the seconds never lag
    connect(m_tick, &QTimer::timeout, this, &VolunteerWindow::updateTimer);
    connect(m_startCall, &QPushButton::clicked, this, &VolunteerWindow::startCall);
    connect(m_copyPhone, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(field(m_current.data, "phone"));
        setStatus(tr("Number copied."));
    });
    connect(m_telLink, &QLabel::linkActivated, this, [this](const QString &link) {
        startCall();
        QDesktopServices::openUrl(QUrl(link));
    });
    connect(m_claim, &QPushButton::clicked, this, &VolunteerWindow::claimMore);
    connect(m_emptyClaim, &QPushButton::clicked, this, &VolunteerWindow::claimMore);
    connect(m_giveBack, &QPushButton::clicked, this, &VolunteerWindow::giveBack);
    connect(m_cancelQuestion, &QPushButton::clicked, this, &VolunteerWindow::hideQuestion);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        const QString outcome = m_pendingOutcome;
        const QDateTime at = outcome == QLatin1String("callback") ? m_callbackAt->dateTime() : QDateTime();
        if (outcome == QLatin1String("callback") && at <= QDateTime::currentDateTime()) {
            m_questionText->setText(tr("Choose a time to come: when should this person be called back?"));
            return;
        }
        hideQuestion();
        recordOutcome(outcome, at);
    });
    if (m_session)
        connect(m_session, &ProfileSession::contactsChanged, this, &VolunteerWindow::reload);
    reload();
}

QWidget *VolunteerWindow::buildCard()
{
    auto *page = new QWidget(this);
    // Left: who is called, the call itself and the notes.
    auto *card = new QFrame(page);
    card->setObjectName(QStringLiteral("contactCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(QStringLiteral("#contactCard { background: palette(base); border: 1px solid palette(mid);"
                                       " border-radius: 6px; }"));
    m_name->setObjectName(QStringLiteral("contactName"));
    QFont huge = m_name->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.0);
    huge.setBold(true);
    m_name->setFont(huge);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commune->setObjectName(QStringLiteral("contactCommune"));
    QFont larger = m_commune->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_commune->setFont(larger);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    QFont phoneFont = m_phone->font();
    phoneFont.setPointSizeF(phoneFont.pointSizeF() * 1.6);
    phoneFont.setBold(true);
    m_phone->setFont(phoneFont);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_telLink->setObjectName(QStringLiteral("telLink"));
    m_telLink->setTextFormat(Qt::RichText);
    m_telLink->setOpenExternalLinks(false);
    m_telLink->setToolTip(tr("Call with the telephone application of this computer; the timer starts"));
    m_copyPhone->setObjectName(QStringLiteral("copyPhoneButton"));
    m_copyPhone->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyPhone->setToolTip(tr("Copy the number, to dial it on a phone or paste it elsewhere"));
    m_copyPhone->setFocusPolicy(Qt::NoFocus);
    auto *phoneRow = new QHBoxLayout;
    phoneRow->addWidget(m_phone);
    phoneRow->addSpacing(12);
    phoneRow->addWidget(m_telLink);
    phoneRow->addWidget(m_copyPhone);
    phoneRow->addStretch(1);
    m_attempt->setObjectName(QStringLiteral("attemptLabel"));
    m_attempt->setForegroundRole(QPalette::PlaceholderText);
    m_attempt->setWordWrap(true);

    m_startCall->setObjectName(QStringLiteral("startCallButton"));
    m_startCall->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_startCall->setFocusPolicy(Qt::NoFocus);
    m_timerLabel->setObjectName(QStringLiteral("callTimer"));
    QFont timerFont = m_timerLabel->font();
    timerFont.setPointSizeF(timerFont.pointSizeF() * 1.5);
    timerFont.setFamily(QStringLiteral("monospace"));
    timerFont.setStyleHint(QFont::Monospace);
    m_timerLabel->setFont(timerFont);
    m_timerLabel->setText(minutesSeconds(0));
    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_startCall);
    timerRow->addWidget(m_timerLabel);
    timerRow->addStretch(1);

    m_notes->setObjectName(QStringLiteral("callNotes"));
    m_notes->setPlaceholderText(tr("Notes on this call (kept with the result, for the organisers)"));
    m_notes->setTabChangesFocus(true);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    cardLayout->addWidget(m_name);
    cardLayout->addWidget(m_commune);
    cardLayout->addSpacing(6);
    cardLayout->addLayout(phoneRow);
    cardLayout->addWidget(m_attempt);
    cardLayout->addSpacing(6);
    cardLayout->addLayout(timerRow);
    cardLayout->addWidget(new QLabel(tr("Notes:"), card));
    cardLayout->addWidget(m_notes, 1);

    // Right: the script and the survey.
    m_script->setObjectName(QStringLiteral("scriptView"));
    m_script->setOpenLinks(false);
    m_script->setFocusPolicy(Qt::ClickFocus);
    m_surveyBox->setObjectName(QStringLiteral("surveyBox"));
    m_surveyLayout->setContentsMargins(8, 4, 8, 4);
    auto *surveyScroll = new QScrollArea(page);
    surveyScroll->setObjectName(QStringLiteral("surveyScroll"));
    surveyScroll->setWidgetResizable(true);
    surveyScroll->setWidget(m_surveyBox);
    auto *right = new QSplitter(Qt::Vertical, page);
    right->addWidget(m_script);
    right->addWidget(surveyScroll);
    right->setChildrenCollapsible(false);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({280, 380}); // the survey is what the volunteer fills in: room for every question

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(card);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
    layout->addWidget(buildOutcomes());
    return page;
}

QWidget *VolunteerWindow::buildOutcomes()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    const QStringList outcomes = CallLiveView::outcomes();
    QFont buttonFont = font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.25);
    for (int i = 0; i < outcomes.size(); ++i) {
        const QString outcome = outcomes.at(i);
        QString text = CallLiveView::outcomeText(outcome);
        if (outcome == QLatin1String("callback") || outcome == QLatin1String("do_not_call"))
            text += QStringLiteral("…");
        auto *b = new QPushButton(QStringLiteral("%1   %2").arg(i + 1).arg(text), box);
        b->setObjectName(QStringLiteral("outcome_") + outcome);
        b->setFont(buttonFont);
        b->setMinimumHeight(52);
        b->setStyleSheet(buttonStyle(outcome));
        b->setToolTip(tr("Key %1").arg(i + 1));
        m_outcomeButtons << b;
        grid->addWidget(b, i / 4, i % 4);
        const auto trigger = [this, outcome] {
            if (m_current.id.isEmpty() || !m_question->isHidden())
                return;
            if (outcome == QLatin1String("callback"))
                askCallback();
            else if (outcome == QLatin1String("do_not_call"))
                askDoNotCall();
            else
                recordOutcome(outcome);
        };
        connect(b, &QPushButton::clicked, this, trigger);
        for (const QKeySequence &key : {QKeySequence(Qt::Key_1 + i), QKeySequence(Qt::KeypadModifier | (Qt::Key_1 + i))}) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WindowShortcut);
            connect(shortcut, &QShortcut::activated, this, trigger);
        }
    }
    layout->addLayout(grid);

    // Asked in the window itself, not in a dialog over it: the date of a call back, or a confirmation.
    m_question->setObjectName(QStringLiteral("outcomeQuestion"));
    m_question->setFrameShape(QFrame::StyledPanel);
    m_questionText->setObjectName(QStringLiteral("outcomeQuestionText"));
    m_questionText->setWordWrap(true);
    m_callbackAt->setObjectName(QStringLiteral("callbackAt"));
    m_callbackAt->setCalendarPopup(true);
    m_callbackAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_confirm->setObjectName(QStringLiteral("confirmOutcomeButton"));
    m_cancelQuestion->setObjectName(QStringLiteral("cancelOutcomeButton"));
    m_confirm->setDefault(true);
    auto *q = new QHBoxLayout(m_question);
    q->addWidget(m_questionText, 1);
    q->addWidget(m_callbackAt);
    q->addWidget(m_confirm);
    q->addWidget(m_cancelQuestion);
    m_question->hide();
    layout->addWidget(m_question);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &VolunteerWindow::hideQuestion);
    return box;
}

QWidget *VolunteerWindow::buildEmpty()
{
    auto *page = new QWidget(this);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    QFont f = m_emptyText->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    m_emptyText->setFont(f);
    m_emptyClaim->setObjectName(QStringLiteral("emptyClaimButton"));
    m_emptyClaim->setMinimumHeight(44);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyText);
    layout->addSpacing(12);
    layout->addWidget(m_emptyClaim, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

void VolunteerWindow::setSyncController(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &SyncController::stateChanged, this, &VolunteerWindow::updateActions);
    updateActions();
}

void VolunteerWindow::setCampaignInfo(const QJsonObject &mine)
{
    m_info = mine;
    if (const QString name = field(mine, "name"); !name.isEmpty() && m_campaignName.isEmpty()) {
        m_campaignName = name;
        m_title->setText(name);
    }
    updateProgress();
}

void VolunteerWindow::reload()
{
    if (!m_session || !m_session->isUnlocked()) {
        m_queue.clear();
        m_current = SyncRecord();
        showCurrent();
        return;
    }
    const RecordRepository repo(m_session->replica()->database());
    QSet<QString> done;
    for (const SyncRecord &r : repo.list(TypeResult))
        done.insert(field(r.data, "assignment_id"));
    m_queue.clear();
    for (const SyncRecord &a : repo.list(TypeAssignment))
        if (field(a.data, "campaign_id") == m_campaignId && !done.contains(a.id) && !m_released.contains(a.id))
            m_queue << a;
    // The oldest lease first (it expires first).
    std::stable_sort(m_queue.begin(), m_queue.end(), [](const SyncRecord &a, const SyncRecord &b) {
        const QString la = field(a.data, "leased_at"), lb = field(b.data, "leased_at");
        return la != lb ? la < lb : a.id < b.id;
    });
    // The campaign's script, survey and goal, the same for every call: the brief in this volunteer's bucket.
    m_brief = QJsonObject();
    for (const SyncRecord &b : repo.list(TypeBrief))
        if (field(b.data, "campaign_id") == m_campaignId)
            m_brief = b.data;
    if (m_campaignName.isEmpty() && !m_brief.isEmpty()) {
        m_campaignName = field(m_brief, "campaign_name");
        m_title->setText(m_campaignName);
        setWindowTitle(tr("Calling — %1").arg(m_campaignName));
    }
    if (m_campaignName.isEmpty() && !m_queue.isEmpty()) {
        m_campaignName = field(m_queue.first().data, "campaign_name");
        m_title->setText(m_campaignName);
        setWindowTitle(tr("Calling — %1").arg(m_campaignName));
    }
    const auto still = std::find_if(m_queue.cbegin(), m_queue.cend(), [this](const SyncRecord &a) { return a.id == m_current.id; });
    if (!m_current.id.isEmpty() && still != m_queue.cend()) {
        // The same person stays on screen (what was typed too); move them first.
        const SyncRecord keep = *still;
        m_queue.removeAt(still - m_queue.cbegin());
        m_queue.prepend(keep);
        m_current = keep;
        updateProgress();
        updateActions();
        return;
    }
    m_current = m_queue.value(0);
    showCurrent();
}

void VolunteerWindow::showCurrent()
{
    m_tick->stop();
    m_callClock.invalidate();
    m_timerLabel->setText(minutesSeconds(0));
    m_startCall->setEnabled(true);
    m_startCall->setText(tr("Start call"));
    m_notes->clear();
    hideQuestion();
    if (m_current.id.isEmpty()) {
        m_pages->setCurrentIndex(EmptyPage);
        m_emptyText->setText(m_recordedHere > 0
                                 ? tr("Nobody left to call in this batch: thank you! Get more contacts to go on, or close "
                                      "this window.")
                                 : tr("Nobody to call in this campaign for now. Get more contacts to start."));
        buildSurvey({});
        m_script->clear();
        updateProgress();
        updateActions();
        return;
    }
    m_pages->setCurrentIndex(CardPage);
    const QJsonObject &d = m_current.data;
    const QString name = QString(field(d, "first_name") + u' ' + field(d, "last_name")).trimmed();
    m_name->setText(name.isEmpty() ? tr("(no name)") : name);
    m_commune->setText(field(d, "commune"));
    m_commune->setVisible(!field(d, "commune").isEmpty());
    const QString phone = field(d, "phone");
    m_phone->setText(PhoneNumber::format(phone));
    m_telLink->setText(phone.isEmpty() ? QString()
                                       : QStringLiteral("<a href=\"tel:%1\">%2</a>")
                                             .arg(phone.toHtmlEscaped(), tr("Call with this computer").toHtmlEscaped()));
    m_copyPhone->setEnabled(!phone.isEmpty());
    const QLocale locale;
    QString attempt = tr("Call %1").arg(std::max<qint64>(1, d.value(QLatin1String("attempt")).toInteger(1)));
    if (const QDateTime expires = ContactJson::fromIso(field(d, "lease_expires")); expires.isValid()) {
        attempt += QStringLiteral(" · ");
        attempt += expires > QDateTime::currentDateTimeUtc()
            ? tr("reserved for you until %1").arg(locale.toString(expires.toLocalTime().time(), QLocale::ShortFormat))
            : tr("reservation expired: call now or give back");
    }
    m_attempt->setText(attempt);
    m_script->setMarkdown(CallScript::fillFor(field(m_brief, "script"), d));
    buildSurvey(m_brief.value(QLatin1String("survey")).toArray());
    updateProgress();
    updateActions();
    // Keys 1 to 8 act at once: the focus on the first outcome button, not in a text field.
    if (!m_outcomeButtons.isEmpty() && isActiveWindow())
        m_outcomeButtons.first()->setFocus();
}

void VolunteerWindow::buildSurvey(const QJsonArray &survey)
{
    // Deleted now (nothing of the survey is on the call stack): the next person's answers start empty.
    while (QLayoutItem *item = m_surveyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (survey.isEmpty()) {
        auto *none = new QLabel(tr("No survey for this campaign."), m_surveyBox);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_surveyLayout->addWidget(none);
        m_surveyLayout->addStretch(1);
        return;
    }
    auto *title = new QLabel(tr("Survey"), m_surveyBox);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_surveyLayout->addWidget(title);
    for (const QJsonValue &v : survey) {
        const QJsonObject q = v.toObject();
        const QString id = field(q, "id");
        const QString kind = field(q, "kind");
        auto *group = new QWidget(m_surveyBox);
        group->setObjectName(QStringLiteral("answer_") + id);
        auto *layout = new QVBoxLayout(group);
        layout->setContentsMargins(0, 6, 0, 2);
        layout->setSpacing(2);
        auto *label = new QLabel(field(q, "question"), group);
        label->setWordWrap(true);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        layout->addWidget(label);
        if (kind == QLatin1String("text")) {
            auto *edit = new QLineEdit(group);
            edit->setObjectName(QStringLiteral("answer_%1_text").arg(id));
            edit->setProperty("questionId", id);
            edit->setProperty("kind", kind);
            layout->addWidget(edit);
        } else {
            auto *buttons = new QButtonGroup(group);
            buttons->setExclusive(kind != QLatin1String("multiple"));
            auto *flow = new QHBoxLayout;
            flow->setSpacing(14);
            const QJsonArray choices = q.value(QLatin1String("choices")).toArray();
            for (int i = 0; i < choices.size(); ++i) {
                QAbstractButton *b = kind == QLatin1String("multiple") ? static_cast<QAbstractButton *>(new QCheckBox(group))
                                                                       : new QRadioButton(group);
                b->setText(choices.at(i).toString());
                b->setObjectName(QStringLiteral("answer_%1_%2").arg(id).arg(i));
                b->setProperty("questionId", id);
                b->setProperty("kind", kind);
                b->setProperty("choice", choices.at(i).toString());
                buttons->addButton(b);
                flow->addWidget(b);
            }
            flow->addStretch(1);
            layout->addLayout(flow);
        }
        m_surveyLayout->addWidget(group);
    }
    m_surveyLayout->addStretch(1);
}

QJsonObject VolunteerWindow::answers() const
{
    QJsonObject out;
    for (const QJsonValue &v : m_brief.value(QLatin1String("survey")).toArray()) {
        const QJsonObject q = v.toObject();
        const QString id = field(q, "id");
        const QString kind = field(q, "kind");
        const QWidget *group = m_surveyBox->findChild<QWidget *>(QStringLiteral("answer_") + id, Qt::FindDirectChildrenOnly);
        if (!group)
            continue;
        if (kind == QLatin1String("text")) {
            if (const auto *edit = group->findChild<QLineEdit *>(); edit && !edit->text().trimmed().isEmpty())
                out.insert(id, edit->text().trimmed());
            continue;
        }
        QJsonArray checked;
        for (const QAbstractButton *b : group->findChildren<QAbstractButton *>())
            if (b->isChecked())
                checked.append(b->property("choice").toString());
        if (checked.isEmpty())
            continue;
        if (kind == QLatin1String("multiple"))
            out.insert(id, checked);
        else
            out.insert(id, checked.first());
    }
    return out;
}

void VolunteerWindow::startCall()
{
    if (m_current.id.isEmpty() || m_callClock.isValid())
        return;
    m_callClock.start();
    m_tick->start();
    m_startCall->setEnabled(false);
    m_startCall->setText(tr("Call under way"));
    updateTimer();
}

int VolunteerWindow::callSeconds() const
{
    return m_callClock.isValid() ? int(m_callClock.elapsed() / 1000) : 0;
}

void VolunteerWindow::updateTimer()
{
    m_timerLabel->setText(minutesSeconds(callSeconds()));
}

bool VolunteerWindow::recordOutcome(const QString &outcome, const QDateTime &callbackAt)
{
    if (m_current.id.isEmpty() || !m_session || !m_session->isUnlocked())
        return false;
    if (!CallLiveView::outcomes().contains(outcome)) {
        setStatus(tr("Unknown outcome “%1”.").arg(outcome));
        return false;
    }
    if (outcome == QLatin1String("callback") && !callbackAt.isValid()) {
        setStatus(tr("Choose when to call back."));
        return false;
    }
    SyncRecord r;
    r.type = TypeResult;
    r.zone = m_current.zone;
    QJsonObject d{{QStringLiteral("assignment_id"), m_current.id},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("answers"), answers()},
                  {QStringLiteral("notes"), m_notes->toPlainText().trimmed()},
                  {QStringLiteral("duration_s"), callSeconds()},
                  {QStringLiteral("called_at"), ContactJson::isoTime(QDateTime::currentDateTimeUtc())}};
    if (outcome == QLatin1String("callback"))
        d.insert(QStringLiteral("callback_at"), ContactJson::isoTime(callbackAt.toUTC()));
    r.data = d;
    QString error;
    if (!RecordRepository(m_session->replica()->database()).save(r, &error)) {
        setStatus(tr("Not recorded: %1").arg(error));
        return false;
    }
    ++m_recordedHere;
    if (m_sync)
        m_sync->nudge();
    const QString name = m_name->text();
    m_queue.removeFirst();
    m_current = m_queue.value(0);
    showCurrent();
    setStatus(tr("Recorded for %1: %2.").arg(name, CallLiveView::outcomeText(outcome)));
    return true;
}

void VolunteerWindow::askCallback()
{
    m_pendingOutcome = QStringLiteral("callback");
    const QDateTime now = QDateTime::currentDateTime();
    m_callbackAt->setMinimumDateTime(now);
    m_callbackAt->setDateTime(QDateTime(now.date().addDays(1), QTime(18, 0)));
    m_callbackAt->show();
    m_questionText->setText(tr("When should %1 be called back?").arg(m_name->text()));
    m_confirm->setText(tr("Record the call back"));
    m_question->show();
    m_callbackAt->setFocus();
    for (QPushButton *b : std::as_const(m_outcomeButtons))
        b->setEnabled(false);
}

void VolunteerWindow::askDoNotCall()
{
    m_pendingOutcome = QStringLiteral("do_not_call");
    m_callbackAt->hide();
    m_questionText->setText(tr("%1 asks never to be called again? Their phone consent will be withdrawn for the whole "
                               "organisation.")
                                .arg(m_name->text()));
    m_confirm->setText(tr("Yes, never call again"));
    m_question->show();
    m_confirm->setFocus();
    for (QPushButton *b : std::as_const(m_outcomeButtons))
        b->setEnabled(false);
}

void VolunteerWindow::hideQuestion()
{
    m_pendingOutcome.clear();
    m_question->hide();
    for (QPushButton *b : std::as_const(m_outcomeButtons))
        b->setEnabled(!m_current.id.isEmpty());
}

void VolunteerWindow::countLocal(int *results, int *pendingResults, int *pendingCompleted) const
{
    *results = *pendingResults = *pendingCompleted = 0;
    if (!m_session || !m_session->isUnlocked())
        return;
    const RecordRepository repo(m_session->replica()->database());
    QSet<QString> mine;
    for (const SyncRecord &a : repo.list(TypeAssignment))
        if (field(a.data, "campaign_id") == m_campaignId)
            mine.insert(a.id);
    for (const SyncRecord &r : repo.list(TypeResult)) {
        if (field(r.data, "campaign_id") != m_campaignId && !mine.contains(field(r.data, "assignment_id")))
            continue;
        ++*results;
        if (r.dirty) {
            ++*pendingResults;
            if (field(r.data, "outcome") == QLatin1String("completed"))
                ++*pendingCompleted;
        }
    }
}

void VolunteerWindow::updateProgress()
{
    int results = 0, pending = 0, pendingCompleted = 0;
    countLocal(&results, &pending, &pendingCompleted);
    const QLocale locale;
    qint64 goal = m_info.value(QLatin1String("goal")).toInteger(-1);
    if (goal < 0)
        goal = m_brief.value(QLatin1String("goal")).toInteger(0);
    QStringList parts;
    if (!m_info.isEmpty()) {
        const qint64 completed = m_info.value(QLatin1String("completed")).toInteger(0) + pendingCompleted;
        const qint64 myCalls = m_info.value(QLatin1String("my_calls")).toInteger(0) + pending;
        parts << (goal > 0 ? tr("%1 of %2 completed").arg(locale.toString(completed), locale.toString(goal))
                           : tr("%1 completed").arg(locale.toString(completed)));
        parts << tr("you: %Ln call(s)", nullptr, int(myCalls));
        m_progress->setVisible(goal > 0);
        if (goal > 0) {
            const int percent = int(std::min<qint64>(100, completed * 100 / goal));
            m_progress->setValue(percent);
            m_progress->setFormat(QStringLiteral("%1\u00a0%").arg(locale.toString(percent)));
        }
    } else {
        parts << tr("%Ln call(s) recorded on this computer", nullptr, results);
        m_progress->hide();
    }
    if (pending > 0)
        parts << tr("%Ln not yet sent", nullptr, pending);
    parts << tr("%Ln left in hand", nullptr, int(m_queue.size()));
    m_progressLabel->setText(parts.join(QStringLiteral(" · ")));
}

void VolunteerWindow::updateActions()
{
    const bool online = m_sync && m_sync->isOnline();
    for (QPushButton *b : {m_claim, m_emptyClaim}) {
        b->setEnabled(online && !m_claiming);
        b->setToolTip(online ? tr("Ask the server for %n more people to call", nullptr, ClaimCount)
                             : tr("Connect to the server to get more contacts (the ones you hold can be called offline)"));
    }
    m_giveBack->setEnabled(online && !m_current.id.isEmpty());
    if (!online && m_status->text().isEmpty())
        setStatus(tr("Offline: the people reserved for you can be called; results are sent at the next sync."));
    m_giveBack->setToolTip(online ? tr("Give this person back without calling: another volunteer may call them")
                                  : tr("Giving back needs the server: connect first"));
    for (QPushButton *b : std::as_const(m_outcomeButtons))
        b->setEnabled(!m_current.id.isEmpty() && m_question->isHidden());
}

void VolunteerWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString VolunteerWindow::statusText() const
{
    return m_status->text();
}

void VolunteerWindow::claimMore()
{
    if (!m_sync || !m_sync->isOnline() || m_claiming) {
        setStatus(tr("Connect to the server to get more contacts."));
        return;
    }
    m_claiming = true;
    updateActions();
    setStatus(tr("Asking the server for more contacts…"));
    m_sync->api(QStringLiteral("POST"), QStringLiteral("/calls/campaigns/") + m_campaignId + QStringLiteral("/claim"),
                QJsonObject{{QStringLiteral("count"), ClaimCount}}, this, [this](const ApiResult &r) {
                    m_claiming = false;
                    updateActions();
                    if (r.ok())
                        showClaimAnswer(r.body);
                    else if (r.httpStatus == 403)
                        setStatus(tr("You are not in this campaign's team any more."));
                    else
                        setStatus(tr("No contact received: %1").arg(r.error));
                });
}

void VolunteerWindow::showClaimAnswer(const QJsonObject &answer)
{
    const qsizetype n = answer.value(QLatin1String("assignments")).toArray().size();
    const QString reason = field(answer, "reason");
    const QDateTime next = ContactJson::fromIso(field(answer, "next_open"));
    const QString nextText = next.isValid() ? QLocale().toString(next.toLocalTime(), QLocale::LongFormat) : QString();
    QString why;
    if (reason == QLatin1String("outside_hours"))
        why = nextText.isEmpty() ? tr("Outside calling hours.") : tr("Outside calling hours (next opening %1).").arg(nextText);
    else if (reason == QLatin1String("paused"))
        why = tr("The campaign is paused: no contact is given out now.");
    else if (reason == QLatin1String("closed"))
        why = tr("The campaign is closed: no contact is given out any more.");
    else if (reason == QLatin1String("exhausted"))
        why = tr("Nobody is left to call in this campaign for now.");
    else if (reason == QLatin1String("limit"))
        why = tr("You already hold as many contacts as allowed: call them first.");
    else if (!reason.isEmpty())
        why = reason;
    QString text = n > 0 ? tr("%n contact(s) reserved for you.", nullptr, int(n)) : tr("No new contact.");
    if (!why.isEmpty())
        text += u' ' + why;
    setStatus(text);
    if (m_current.id.isEmpty() && n == 0)
        m_emptyText->setText(tr("Nobody to call now. %1").arg(why));
    if (n > 0 && m_sync)
        m_sync->syncNow(); // the assignments arrive in this user's bucket
}

void VolunteerWindow::giveBack()
{
    if (m_current.id.isEmpty() || !m_sync || !m_sync->isOnline())
        return;
    const QString id = m_current.id;
    const QString name = m_name->text();
    m_giveBack->setEnabled(false);
    m_sync->api(QStringLiteral("POST"), QStringLiteral("/calls/assignments/") + id + QStringLiteral("/release"), {},
                this, [this, id, name](const ApiResult &r) {
                    if (!r.ok() && r.httpStatus != 404) {
                        setStatus(tr("Not given back: %1").arg(r.error));
                        updateActions();
                        return;
                    }
                    m_released.insert(id);
                    setStatus(tr("%1 was given back.").arg(name));
                    if (m_current.id == id) {
                        m_current = SyncRecord();
                        reload();
                    }
                    if (m_sync)
                        m_sync->syncNow();
                });
}

void VolunteerWindow::closeEvent(QCloseEvent *event)
{
    m_tick->stop();
    event->accept();
}

} // namespace relais
