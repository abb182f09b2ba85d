#include "KioskWindow.h"

#include "Contact.h"
#include "ContactRepository.h"
#include "ContactValidator.h"
#include "Interaction.h"
#include "ProfileSession.h"
#include "ZoneTree.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relais {

namespace {

constexpr int LeavePromptTimeoutMs = 60 * 1000;
constexpr int WrongPassphrasePauseMs = 1500;

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("error"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

QWidget *centered(QWidget *content, QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *row = new QHBoxLayout(holder);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    content->setParent(holder);
    content->setMaximumWidth(960);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(content, 100);
    row->addStretch(1);
    return holder;
}

} // namespace

KioskWindow::KioskWindow(ProfileSession *session, const QString &eventName, QWidget *parent)
    : QWidget(parent), m_session(session), m_eventName(eventName.simplified())
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Sign up — %1").arg(m_eventName));
    setAttribute(Qt::WA_AcceptTouchEvents);

    setAutoFillBackground(true);
    // Sizes in the style sheet only: mixing setFont() with a style sheet does not propagate reliably.
    setStyleSheet(QStringLiteral(
        "QWidget { font-size: 17pt; }"
        "QWidget#kioskWindow { background: #f6f7fb; }"
        "QLabel[role=\"title\"] { font-size: 28pt; font-weight: bold; }"
        "QLabel[role=\"thanks\"] { font-size: 38pt; font-weight: bold; }"
        "QLabel[role=\"small\"] { font-size: 12pt; color: #4a5060; }"
        "QLineEdit { padding: 6px 12px; min-height: 40px; border: 2px solid #9aa3b5; border-radius: 8px;"
        "            background: white; }"
        "QLineEdit:focus { border-color: #1e5aa8; }"
        "QCheckBox { spacing: 16px; padding: 6px 0; }"
        "QCheckBox::indicator { width: 34px; height: 34px; }"
        "QLabel[role=\"error\"] { color: #b00020; font-size: 14pt; }"
        "QLabel[role=\"note\"] { color: #4a5060; }"
        "QPushButton { padding: 10px 22px; min-height: 40px; border-radius: 8px; border: 2px solid #9aa3b5;"
        "              background: white; }"
        "QPushButton[role=\"primary\"] { min-height: 56px; background: #1e5aa8; color: white; border: none;"
        "                               font-weight: bold; }"
        "QPushButton[role=\"primary\"]:pressed { background: #16467f; }"
        "QPushButton[role=\"primary\"]:disabled { background: #8aa3c4; }"
        "QPushButton[role=\"secondary\"] { min-height: 56px; padding-top: 0; padding-bottom: 0; }"
        "QPushButton#kioskLeave { min-height: 0; padding: 6px 14px; border: 1px solid #c3c8d4;"
        "                         color: #4a5060; background: transparent; font-size: 11pt; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 8, 24, 16);
    layout->setSpacing(0);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    auto *leave = new QPushButton(tr("Leave"), this);
    leave->setObjectName(QStringLiteral("kioskLeave"));
    leave->setFocusPolicy(Qt::NoFocus);
    leave->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_leaveButton = leave;
    top->addWidget(leave);
    layout->addLayout(top);

    m_thanksTimer = new QTimer(this);
    m_thanksTimer->setSingleShot(true);
    connect(m_thanksTimer, &QTimer::timeout, this, [this] {
        if (m_pages->currentIndex() == ThanksPage)
            showPage(FormPage);
    });
    m_leaveTimeout = new QTimer(this);
    m_leaveTimeout->setSingleShot(true);
    m_leaveTimeout->setInterval(LeavePromptTimeoutMs);
    connect(m_leaveTimeout, &QTimer::timeout, this, [this] {
        if (m_pages->currentIndex() == LeavePage)
            showPage(FormPage);
    });

    m_pages = new QStackedWidget(this);
    // The form scrolls when the screen is short (1366×768 laptops, error messages shown).
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("kioskFormScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QWidget *form = buildForm();
    form->setObjectName(QStringLiteral("kioskFormPage"));
    scroll->setWidget(form);
    // Keep the window's background through the scroll area.
    scroll->viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
    m_pages->addWidget(scroll);
    m_scroll = scroll;
    m_pages->addWidget(buildThanks());
    m_pages->addWidget(buildLeave());
    layout->addWidget(m_pages, 1);

    connect(leave, &QPushButton::clicked, this, &KioskWindow::requestLeave);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &KioskWindow::onEscape);
    // Swallow Alt+F4 here too (the window manager's close request is refused in closeEvent()).
    auto *altF4 = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_F4), this);
    connect(altF4, &QShortcut::activated, this, [] {});

    showPage(FormPage);
}

KioskWindow::~KioskWindow()
{
    m_leavePassphrase->clear();
}

QString KioskWindow::source() const
{
    return QStringLiteral("event: ") + m_eventName;
}

void KioskWindow::setThankYouMs(int ms)
{
    m_thankYouMs = qMax(0, ms);
}

QLineEdit *KioskWindow::addField(QWidget *parent, const QString &name, const QString &label, QLabel **error)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(label);
    *error = errorLabel(parent, name + QStringLiteral("Error"));
    return edit;
}

QWidget *KioskWindow::buildForm()
{
    auto *content = new QWidget(this);
    auto *v = new QVBoxLayout(content);
    v->setSpacing(6);

    auto *title = new QLabel(m_eventName, content);
    title->setObjectName(QStringLiteral("kioskEventTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setProperty("role", QStringLiteral("title"));
    v->addWidget(title);
    auto *subtitle = new QLabel(tr("Sign up to stay in touch."), content);
    subtitle->setProperty("role", QStringLiteral("note"));
    v->addWidget(subtitle);
    v->addSpacing(4);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(4);
    QLabel *firstError = nullptr, *lastError = nullptr, *emailError = nullptr, *phoneError = nullptr,
           *postalError = nullptr;
    m_firstName = addField(content, QStringLiteral("kioskFirstName"), tr("First name"), &firstError);
    m_lastName = addField(content, QStringLiteral("kioskLastName"), tr("Last name"), &lastError);
    m_email = addField(content, QStringLiteral("kioskEmail"), tr("Email address"), &emailError);
    m_phone = addField(content, QStringLiteral("kioskPhone"), tr("Mobile phone"), &phoneError);
    m_postalCode = addField(content, QStringLiteral("kioskPostalCode"), tr("Postal code"), &postalError);
    // The name error is shown once, under both name fields (firstError is dropped below).
    m_firstName->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_lastName->setInputMethodHints(Qt::ImhNoPredictiveText);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_postalCode->setInputMethodHints(Qt::ImhDigitsOnly);
    m_postalCode->setMaxLength(6);
    m_email->setPlaceholderText(tr("name@example.fr"));
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));

    int row = 0;
    grid->addWidget(caption(tr("First name"), content), row, 0);
    grid->addWidget(caption(tr("Last name"), content), row++, 1);
    grid->addWidget(m_firstName, row, 0);
    grid->addWidget(m_lastName, row++, 1);
    lastError->setObjectName(QStringLiteral("kioskNameError"));
    grid->addWidget(lastError, row++, 0, 1, 2);
    m_errors.insert(QStringLiteral("name"), lastError);

    grid->addWidget(caption(tr("Email address"), content), row++, 0, 1, 2);
    grid->addWidget(m_email, row++, 0, 1, 2);
    grid->addWidget(emailError, row++, 0, 1, 2);
    m_errors.insert(QStringLiteral("email"), emailError);

    grid->addWidget(caption(tr("Mobile phone"), content), row, 0);
    grid->addWidget(caption(tr("Postal code"), content), row++, 1);
    grid->addWidget(m_phone, row, 0);
    grid->addWidget(m_postalCode, row++, 1);
    grid->addWidget(phoneError, row, 0);
    grid->addWidget(postalError, row++, 1);
    m_errors.insert(QStringLiteral("phone"), phoneError);
    m_errors.insert(QStringLiteral("postal_code"), postalError);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    v->addLayout(grid);

    v->addSpacing(6);
    v->addWidget(caption(tr("I agree to be contacted by:"), content));
    m_consentEmail = new QCheckBox(tr("Email (news and invitations)"), content);
    m_consentEmail->setObjectName(QStringLiteral("kioskConsentEmail"));
    m_consentPhone = new QCheckBox(tr("Phone calls"), content);
    m_consentPhone->setObjectName(QStringLiteral("kioskConsentPhone"));
    m_consentSms = new QCheckBox(tr("Text messages (SMS)"), content);
    m_consentSms->setObjectName(QStringLiteral("kioskConsentSms"));
    auto *consents = new QHBoxLayout;
    consents->setSpacing(32);
    consents->addWidget(m_consentEmail);
    consents->addWidget(m_consentPhone);
    consents->addWidget(m_consentSms);
    consents->addStretch(1);
    v->addLayout(consents);

    auto *privacy = new QLabel(tr("Nothing is ticked for you. Your details are kept by the organisers of this event "
                                  "and used only to keep in touch with you; you can withdraw your consent at any "
                                  "time, and ask to see or erase your details."),
                               content);
    privacy->setProperty("role", QStringLiteral("small"));
    privacy->setWordWrap(true);
    v->addWidget(privacy);

    m_generalError = errorLabel(content, QStringLiteral("kioskError"));
    v->addWidget(m_generalError);
    v->addSpacing(8);

    m_submit = new QPushButton(tr("Sign up"), content);
    m_submit->setObjectName(QStringLiteral("kioskSubmit"));
    m_submit->setProperty("role", QStringLiteral("primary"));
    v->addWidget(m_submit);
    v->addStretch(1);
    delete firstError;

    connect(m_submit, &QPushButton::clicked, this, [this] { submit(); });
    const QList<QLineEdit *> order{m_firstName, m_lastName, m_email, m_phone, m_postalCode};
    for (int i = 0; i < order.size(); ++i) {
        QLineEdit *next = i + 1 < order.size() ? order.at(i + 1) : nullptr;
        connect(order.at(i), &QLineEdit::returnPressed, this, [this, next] {
            if (next)
                next->setFocus();
            else
                submit();
        });
    }
    return centered(content, this);
}

QWidget *KioskWindow::buildThanks()
{
    auto *content = new QWidget(this);
    auto *v = new QVBoxLayout(content);
    v->addStretch(1);
    m_thanks = new QLabel(content);
    m_thanks->setObjectName(QStringLiteral("kioskThanks"));
    m_thanks->setTextFormat(Qt::PlainText);
    m_thanks->setAlignment(Qt::AlignCenter);
    m_thanks->setWordWrap(true);
    m_thanks->setProperty("role", QStringLiteral("thanks"));
    v->addWidget(m_thanks);
    auto *saved = new QLabel(tr("Your sign-up is saved. See you soon!"), content);
    saved->setAlignment(Qt::AlignCenter);
    v->addWidget(saved);
    v->addSpacing(24);
    auto *next = new QPushButton(tr("Next sign-up"), content);
    next->setProperty("role", QStringLiteral("secondary"));
    next->setObjectName(QStringLiteral("kioskNext"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(next);
    row->addStretch(1);
    v->addLayout(row);
    v->addStretch(2);
    connect(next, &QPushButton::clicked, this, [this] { showPage(FormPage); });
    return centered(content, this);
}

QWidget *KioskWindow::buildLeave()
{
    auto *content = new QWidget(this);
    auto *v = new QVBoxLayout(content);
    v->addStretch(1);
    auto *title = new QLabel(tr("Leave the kiosk"), content);
    title->setProperty("role", QStringLiteral("title"));
    v->addWidget(title);
    auto *note = new QLabel(tr("Only the organisers can leave the kiosk: enter the passphrase of the profile."),
                            content);
    note->setWordWrap(true);
    v->addWidget(note);
    m_leavePassphrase = new QLineEdit(content);
    m_leavePassphrase->setObjectName(QStringLiteral("kioskLeavePassphrase"));
    m_leavePassphrase->setEchoMode(QLineEdit::Password);
    m_leavePassphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    v->addWidget(m_leavePassphrase);
    m_leaveError = errorLabel(content, QStringLiteral("kioskLeaveError"));
    v->addWidget(m_leaveError);
    auto *row = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Back to the form"), content);
    cancel->setObjectName(QStringLiteral("kioskLeaveCancel"));
    cancel->setProperty("role", QStringLiteral("secondary"));
    m_leaveConfirm = new QPushButton(tr("Leave the kiosk"), content);
    m_leaveConfirm->setObjectName(QStringLiteral("kioskLeaveConfirm"));
    m_leaveConfirm->setProperty("role", QStringLiteral("primary"));
    row->addWidget(cancel);
    row->addStretch(1);
    row->addWidget(m_leaveConfirm);
    v->addLayout(row);
    v->addStretch(2);

    connect(cancel, &QPushButton::clicked, this, [this] { showPage(FormPage); });
    connect(m_leaveConfirm, &QPushButton::clicked, this, [this] { tryLeave(m_leavePassphrase->text()); });
    connect(m_leavePassphrase, &QLineEdit::returnPressed, this, [this] {
        if (m_leaveConfirm->isEnabled())
            tryLeave(m_leavePassphrase->text());
    });
    connect(m_leavePassphrase, &QLineEdit::textEdited, m_leaveTimeout, qOverload<>(&QTimer::start));
    return centered(content, this);
}

void KioskWindow::showPage(Page page)
{
    if (page != LeavePage) {
        m_leavePassphrase->clear();
        m_leaveError->hide();
        m_leaveTimeout->stop();
    }
    if (page != ThanksPage)
        m_thanksTimer->stop();
    m_pages->setCurrentIndex(page);
    m_leaveButton->setVisible(page != LeavePage);
    switch (page) {
    case FormPage:
        m_firstName->setFocus();
        break;
    case LeavePage:
        m_leavePassphrase->setFocus();
        m_leaveTimeout->start();
        break;
    case ThanksPage:
        break;
    }
}

void KioskWindow::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void KioskWindow::showError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field == QLatin1String("commune") ? QStringLiteral("postal_code") : field,
                                   m_generalError);
    label->setText(label->text().isEmpty() ? message : QString(label->text() + u'\n' + message));
    label->show();
}

void KioskWindow::resetForm()
{
    for (QLineEdit *edit : {m_firstName, m_lastName, m_email, m_phone, m_postalCode})
        edit->clear();
    for (QCheckBox *box : {m_consentEmail, m_consentPhone, m_consentSms})
        box->setChecked(false);
    clearErrors();
}

bool KioskWindow::submit()
{
    clearErrors();
    if (!m_session->isUnlocked() || !m_session->contacts()) {
        showError(QString(), tr("Sign-ups cannot be saved right now: the profile is locked. Please ask an organiser."));
        return false;
    }
    Contact c;
    c.firstName = m_firstName->text();
    c.lastName = m_lastName->text();
    c.email = m_email->text();
    c.phone = m_phone->text();
    c.postalCode = m_postalCode->text();

    const QList<FieldError> errors = ContactValidator(ZoneTree::france()).validate(c);
    bool emailError = false, phoneError = false, invalid = false;
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("name"))
            continue; // replaced by the kiosk's own rules below
        emailError = emailError || e.field == QLatin1String("email");
        phoneError = phoneError || e.field == QLatin1String("phone");
        showError(e.field, e.message);
        invalid = true;
    }
    if (c.firstName.isEmpty() && c.lastName.isEmpty()) {
        showError(QStringLiteral("name"), tr("Please tell us your name."));
        invalid = true;
    }
    if (c.email.isEmpty() && c.phone.isEmpty() && !emailError && !phoneError) {
        showError(QStringLiteral("email"),
                  tr("Please give an email address or a phone number so that we can keep in touch."));
        invalid = true;
    }
    if (m_consentEmail->isChecked() && c.email.isEmpty() && !emailError) {
        showError(QStringLiteral("email"), tr("To receive news by email, please give your email address."));
        invalid = true;
    }
    if ((m_consentPhone->isChecked() || m_consentSms->isChecked()) && c.phone.isEmpty() && !phoneError) {
        showError(QStringLiteral("phone"),
                  tr("To be called or to receive text messages, please give your phone number."));
        invalid = true;
    }
    if (invalid) {
        // Bring the first message into view (short screens scroll).
        for (QLabel *label : {m_errors.value(QStringLiteral("name")), m_errors.value(QStringLiteral("email")),
                              m_errors.value(QStringLiteral("phone")), m_errors.value(QStringLiteral("postal_code")),
                              m_generalError}) {
            if (label && !label->text().isEmpty()) {
                m_scroll->ensureWidgetVisible(label);
                break;
            }
        }
        return false;
    }

    bool created = false;
    QString error;
    if (!save(c, &created, &error)) {
        showError(QString(),
                  tr("Your sign-up could not be saved: %1 Please try again or ask an organiser.").arg(error));
        return false;
    }

    // The same words whether the person was new or already known: the kiosk reveals nothing stored.
    const QString first = c.firstName;
    m_thanks->setText(first.isEmpty() ? tr("Thank you!") : tr("Thank you, %1!").arg(first));
    resetForm();
    showPage(ThanksPage);
    m_thanksTimer->start(m_thankYouMs);
    Q_EMIT signedUp(c.id, created);
    return true;
}

bool KioskWindow::save(Contact &c, bool *created, QString *error)
{
    ContactRepository *repo = m_session->contacts();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString from = source();
    const auto grantChecked = [&](Contact &x) {
        const std::pair<QCheckBox *, Channel> boxes[] = {
            {m_consentEmail, Channel::Email}, {m_consentPhone, Channel::Phone}, {m_consentSms, Channel::Sms}};
        for (const auto &[box, channel] : boxes) {
            if (box->isChecked())
                x.consentFor(channel) = Consent{true, now, from};
        }
    };

    std::optional<Contact> existing = repo->findByEmail(c.email);
    if (!existing)
        existing = repo->findByPhone(c.phone);

    // The contact and its sign-up event are one write: both are stored, or neither.
    const bool ok = repo->transaction([&] {
        if (existing) {
            // Merge: fill what is missing, keep what is stored, add a new address or number as a secondary one.
            Contact m = *existing;
            if (m.firstName.isEmpty())
                m.firstName = c.firstName;
            if (m.lastName.isEmpty())
                m.lastName = c.lastName;
            addContactPoints(m, c);
            if (m.postalCode.isEmpty() && m.communeCode.isEmpty() && !c.postalCode.isEmpty()) {
                m.postalCode = c.postalCode;
                m.communeCode = c.communeCode;
                if (c.zone.startsWith(u'D'))
                    m.zone = c.zone;
            }
            grantChecked(m);
            if (!repo->update(m, error))
                return false;
            c = m;
            *created = false;
        } else {
            grantChecked(c);
            if (!repo->insert(c, error))
                return false;
            *created = true;
        }

        Interaction signup;
        signup.contactId = c.id;
        signup.zone = c.zone;
        signup.kind = QStringLiteral("signup");
        signup.at = now;
        signup.data[QLatin1String("event")] = m_eventName;
        return repo->addInteraction(signup, error);
    }, error);
    Q_EMIT m_session->contactsChanged();
    return ok;
}

void KioskWindow::requestLeave()
{
    if (m_pages->currentIndex() != LeavePage)
        showPage(LeavePage);
}

bool KioskWindow::tryLeave(const QString &passphrase)
{
    const bool ok = !passphrase.isEmpty() && m_session->verifyPassphrase(passphrase);
    m_leavePassphrase->clear();
    if (!ok) {
        m_leaveError->setText(tr("Wrong passphrase. The kiosk stays open."));
        m_leaveError->show();
        m_leaveConfirm->setEnabled(false);
        QTimer::singleShot(WrongPassphrasePauseMs, m_leaveConfirm,
                           [button = m_leaveConfirm] { button->setEnabled(true); });
        m_leavePassphrase->setFocus();
        m_leaveTimeout->start();
        return false;
    }
    m_allowClose = true;
    Q_EMIT left();
    close();
    return true;
}

void KioskWindow::onEscape()
{
    if (m_pages->currentIndex() == LeavePage)
        showPage(FormPage);
    else
        requestLeave();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_allowClose) {
        event->accept();
        return;
    }
    event->ignore();
    requestLeave();
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F4 && (event->modifiers() & Qt::AltModifier)) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace relais
