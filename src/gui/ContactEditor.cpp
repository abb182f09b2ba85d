#include "ContactEditor.h"

#include "ContactJson.h"
#include "ContactListModel.h"
#include "ContactValidator.h"
#include "PhoneNumber.h"
#include "ProfileSession.h"
#include "TagsEditor.h"
#include "TimelineWidget.h"
#include "ZoneTree.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relais {

namespace {
/// "postal_code" -> "postalCode"
QString camelCase(const QString &field)
{
    QString out;
    bool upper = false;
    for (const QChar ch : field) {
        if (ch == u'_') {
            upper = true;
            continue;
        }
        out += upper ? ch.toUpper() : ch;
        upper = false;
    }
    return out;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

/// "3 March 2025" / "3 mars 2025"
QString longDate(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
}

const char *const ErrorStyle = "color: #c62828;";
} // namespace

ContactEditor::ContactEditor(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedWidget(this)), m_heading(new QLabel(this)),
      m_subheading(new QLabel(this)), m_tabs(new QTabWidget(this)), m_titleCombo(new QComboBox(this)),
      m_firstNameEdit(new QLineEdit(this)), m_lastNameEdit(new QLineEdit(this)), m_birthdateEdit(new QLineEdit(this)),
      m_emailEdit(new QLineEdit(this)), m_otherEmailsEdit(new QLineEdit(this)), m_phoneEdit(new QLineEdit(this)),
      m_otherPhonesEdit(new QLineEdit(this)), m_addressEdit(new QLineEdit(this)),
      m_postalCodeEdit(new QLineEdit(this)), m_communeCombo(new QComboBox(this)),
      m_membershipCombo(new QComboBox(this)), m_tagsEditor(new TagsEditor(this)),
      m_notesEdit(new QPlainTextEdit(this)), m_saveButton(new QPushButton(tr("Save"), this)),
      m_revertButton(new QPushButton(tr("Revert"), this)), m_statusLabel(new QLabel(this)),
      m_statusTimer(new QTimer(this)), m_timeline(new TimelineWidget(session, this))
{
    // Placeholder page: nothing selected.
    auto *placeholder = new QLabel(tr("Select a contact in the list to see and edit it,\nor click “New contact”."), this);
    placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    // Form page.
    auto *page = new QWidget(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("contactHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_subheading->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildForm());
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(m_timeline, tr("History"));
    m_tabs->setDocumentMode(true);

    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this));
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_revertButton->setToolTip(tr("Forget the changes not saved yet"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(4000);
    connect(m_statusTimer, &QTimer::timeout, m_statusLabel, &QLabel::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_heading);
    pageLayout->addWidget(m_subheading);
    pageLayout->addWidget(m_tabs, 1);
    pageLayout->addLayout(buttons);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_stack);

    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, &ContactEditor::revert);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (isEditing())
            save();
    });

    if (m_session) {
        connect(m_session, &ProfileSession::contactsChanged, this, &ContactEditor::onContactsChanged);
        connect(m_session, &ProfileSession::locked, this, &ContactEditor::clear);
    }
    clear();
}

QWidget *ContactEditor::buildForm()
{
    auto *form = new QWidget(this);
    auto *fl = new QFormLayout(form);
    fl->setRowWrapPolicy(QFormLayout::DontWrapRows);
    fl->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fl->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_titleCombo->setObjectName(QStringLiteral("titleCombo"));
    m_titleCombo->setEditable(true);
    m_titleCombo->addItems({QString(), QStringLiteral("Mme"), QStringLiteral("M.")});
    m_titleCombo->setInsertPolicy(QComboBox::NoInsert);
    m_titleCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_titleCombo->setMinimumContentsLength(6);
    m_titleCombo->setToolTip(tr("How to address the person, e.g. Mme or M."));

    m_firstNameEdit->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastNameEdit->setObjectName(QStringLiteral("lastNameEdit"));
    m_birthdateEdit->setObjectName(QStringLiteral("birthdateEdit"));
    m_birthdateEdit->setPlaceholderText(
        tr("e.g. %1").arg(QLocale().toString(QDate(1985, 7, 14), birthdateFormat())));
    m_birthdateEdit->setToolTip(tr("Optional"));
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_emailEdit->setPlaceholderText(tr("name@example.fr"));
    m_otherEmailsEdit->setObjectName(QStringLiteral("otherEmailsEdit"));
    m_otherEmailsEdit->setPlaceholderText(tr("Several? Separate them with commas"));
    m_phoneEdit->setObjectName(QStringLiteral("phoneEdit"));
    m_phoneEdit->setPlaceholderText(tr("e.g. 06 12 34 56 78"));
    m_otherPhonesEdit->setObjectName(QStringLiteral("otherPhonesEdit"));
    m_otherPhonesEdit->setPlaceholderText(tr("Several? Separate them with commas"));
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setPlaceholderText(tr("Number and street"));
    m_postalCodeEdit->setObjectName(QStringLiteral("postalCodeEdit"));
    m_postalCodeEdit->setMaxLength(6);
    m_postalCodeEdit->setMinimumWidth(m_postalCodeEdit->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 24);
    m_postalCodeEdit->setMaximumWidth(m_postalCodeEdit->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 40);
    m_postalCodeEdit->setPlaceholderText(tr("69001"));
    m_postalCodeEdit->setToolTip(tr("Postal code (5 digits)"));
    m_communeCombo->setObjectName(QStringLiteral("communeCombo"));
    m_communeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_communeCombo->setMinimumContentsLength(12);
    m_communeCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_communeCombo->setToolTip(tr("Commune"));
    m_membershipCombo->setObjectName(QStringLiteral("membershipCombo"));
    for (Membership m : {Membership::None, Membership::Supporter, Membership::Member, Membership::Former})
        m_membershipCombo->addItem(ContactListModel::membershipText(m), membershipId(m));
    m_tagsEditor->setObjectName(QStringLiteral("tagsEditor"));
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 4 + 12);

    auto *titleRow = new QWidget(form);
    auto *titleLayout = new QHBoxLayout(titleRow);
    titleLayout->setContentsMargins(0, 0, 0, 0);
    titleLayout->addWidget(m_titleCombo);
    titleLayout->addStretch(1);

    fl->addRow(tr("&Title:"), titleRow);
    fl->addRow(tr("&First name:"), m_firstNameEdit);
    fl->addRow(tr("&Last name:"), withError(m_lastNameEdit, QStringLiteral("name")));
    fl->addRow(tr("&Date of birth:"), withError(m_birthdateEdit, QStringLiteral("birthdate")));
    fl->addRow(tr("&Email:"), withError(m_emailEdit, QStringLiteral("email")));
    fl->addRow(tr("Other emails:"), withError(m_otherEmailsEdit, QStringLiteral("other_emails")));
    fl->addRow(tr("&Phone:"), withError(m_phoneEdit, QStringLiteral("phone")));
    fl->addRow(tr("Other phones:"), withError(m_otherPhonesEdit, QStringLiteral("other_phones")));
    fl->addRow(tr("&Address:"), m_addressEdit);
    fl->addRow(tr("P&ostal code:"), withError(m_postalCodeEdit, QStringLiteral("postal_code"), m_communeCombo));
    fl->addRow(tr("&Membership:"), m_membershipCombo);
    fl->addRow(tr("T&ags:"), m_tagsEditor);

    auto *consentBox = new QGroupBox(tr("Consent to be contacted"), form);
    auto *cl = new QFormLayout(consentBox);
    cl->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    cl->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (Channel ch : AllChannels) {
        const auto i = std::size_t(ch);
        auto *combo = new QComboBox(consentBox);
        combo->setObjectName(QStringLiteral("consent%1Combo").arg(camelCase(u'_' + channelId(ch))));
        combo->addItem(tr("Not asked"), -1);
        combo->addItem(tr("Yes, agrees"), 1);
        combo->addItem(tr("No, refuses"), 0);
        auto *details = new QLabel(consentBox);
        details->setObjectName(QStringLiteral("consent%1Details").arg(camelCase(u'_' + channelId(ch))));
        details->setWordWrap(true);
        details->setForegroundRole(QPalette::PlaceholderText);
        QFont small = details->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        details->setFont(small);
        auto *cell = new QWidget(consentBox);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        auto *comboRow = new QHBoxLayout;
        comboRow->addWidget(combo);
        comboRow->addStretch(1);
        v->addLayout(comboRow);
        v->addWidget(details);
        const QString label = ch == Channel::Email ? tr("By email:") : ch == Channel::Phone ? tr("By phone:") : tr("By SMS:");
        cl->addRow(label, cell);
        m_consentCombos[i] = combo;
        m_consentDetails[i] = details;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, ch] { onConsentEdited(ch); });
    }
    fl->addRow(consentBox);
    fl->addRow(tr("&Notes:"), m_notesEdit);

    // Anything typed marks the form modified.
    for (QLineEdit *e : {m_firstNameEdit, m_lastNameEdit, m_birthdateEdit, m_emailEdit, m_otherEmailsEdit,
                         m_phoneEdit, m_otherPhonesEdit, m_addressEdit, m_postalCodeEdit})
        connect(e, &QLineEdit::textChanged, this, &ContactEditor::markModified);
    connect(m_titleCombo, &QComboBox::currentTextChanged, this, &ContactEditor::markModified);
    connect(m_communeCombo, &QComboBox::currentIndexChanged, this, &ContactEditor::markModified);
    connect(m_membershipCombo, &QComboBox::currentIndexChanged, this, &ContactEditor::markModified);
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, &ContactEditor::markModified);
    connect(m_tagsEditor, &TagsEditor::tagsChanged, this, &ContactEditor::markModified);
    connect(m_tagsEditor->lineEdit(), &QLineEdit::textEdited, this, &ContactEditor::markModified);
    connect(m_firstNameEdit, &QLineEdit::textChanged, this, &ContactEditor::updateHeading);
    connect(m_lastNameEdit, &QLineEdit::textChanged, this, &ContactEditor::updateHeading);
    connect(m_postalCodeEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            fillCommunes(m_communeCombo->currentData().toString());
    });
    return form;
}

QWidget *ContactEditor::withError(QWidget *field, const QString &errorName, QWidget *second)
{
    auto *cell = new QWidget(this);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    if (second) {
        auto *row = new QHBoxLayout;
        row->addWidget(field);
        row->addWidget(second, 1);
        v->addLayout(row);
    } else {
        v->addWidget(field);
    }
    QStringList names{errorName};
    if (errorName == QLatin1String("postal_code"))
        names << QStringLiteral("commune"); // the commune's problems show under the same row
    for (const QString &name : std::as_const(names)) {
        auto *label = new QLabel(cell);
        label->setObjectName(camelCase(name) + QStringLiteral("Error"));
        label->setStyleSheet(QString::fromLatin1(ErrorStyle));
        label->setWordWrap(true);
        label->hide();
        v->addWidget(label);
        m_errorLabels.insert(name, label);
    }
    return cell;
}

QLabel *ContactEditor::errorLabel(const QString &field) const
{
    return m_errorLabels.value(field, nullptr);
}

bool ContactEditor::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

void ContactEditor::clear()
{
    m_contact = Contact();
    populate(m_contact);
    m_stack->setCurrentIndex(0);
}

void ContactEditor::newContact()
{
    m_contact = Contact();
    populate(m_contact);
    m_stack->setCurrentIndex(1);
    m_tabs->setCurrentIndex(0);
    m_firstNameEdit->setFocus(Qt::OtherFocusReason);
}

bool ContactEditor::loadContact(qint64 localId)
{
    std::optional<Contact> c;
    if (m_session && m_session->contacts())
        c = m_session->contacts()->byLocalId(localId);
    if (!c) {
        clear();
        return false;
    }
    m_contact = *c;
    populate(m_contact);
    m_stack->setCurrentIndex(1);
    return true;
}

void ContactEditor::populate(const Contact &c)
{
    m_loading = true;
    clearErrors();
    m_statusLabel->clear();
    m_titleCombo->setCurrentText(c.title);
    m_firstNameEdit->setText(c.firstName);
    m_lastNameEdit->setText(c.lastName);
    m_birthdateEdit->setText(c.birthdate.isValid() ? QLocale().toString(c.birthdate, birthdateFormat()) : QString());
    m_emailEdit->setText(c.email);
    m_otherEmailsEdit->setText(c.otherEmails.join(QStringLiteral(", ")));
    m_phoneEdit->setText(PhoneNumber::format(c.phone));
    QStringList others;
    for (const QString &p : c.otherPhones)
        others << PhoneNumber::format(p);
    m_otherPhonesEdit->setText(others.join(QStringLiteral(", ")));
    m_addressEdit->setText(c.address);
    m_postalCodeEdit->setText(c.postalCode);
    fillCommunes(c.communeCode);
    m_membershipCombo->setCurrentIndex(std::max(0, m_membershipCombo->findData(membershipId(c.membership))));
    if (m_session && m_session->contacts())
        m_tagsEditor->setCompletions(m_session->contacts()->tagNames());
    m_tagsEditor->setTags(c.tags);
    m_notesEdit->setPlainText(c.notes);
    m_consent = c.consent;
    for (Channel ch : AllChannels) {
        const Consent &k = c.consentFor(ch);
        QComboBox *combo = m_consentCombos[std::size_t(ch)];
        combo->setCurrentIndex(combo->findData(!k.granted ? -1 : *k.granted ? 1 : 0));
        updateConsentDetails(ch);
    }
    m_timeline->setContact(c);
    m_loading = false;
    updateHeading();
    setModified(false);
}

void ContactEditor::fillCommunes(const QString &preferredCode)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_communeCombo->clear();
    const QString pc = m_postalCodeEdit->text().simplified().remove(u' ');
    const bool complete = pc.size() == 5;
    const QList<const Zone *> communes = complete ? ZoneTree::france().communesForPostalCode(pc) : QList<const Zone *>();
    for (const Zone *z : communes)
        m_communeCombo->addItem(z->name, z->code);
    if (communes.isEmpty()) {
        m_communeCombo->setPlaceholderText(complete ? tr("No commune has this postal code")
                                                    : tr("Type the postal code first"));
        m_communeCombo->setCurrentIndex(-1);
    } else if (communes.size() == 1) {
        m_communeCombo->setCurrentIndex(0);
    } else {
        m_communeCombo->setPlaceholderText(tr("Choose among %n communes", nullptr, int(communes.size())));
        m_communeCombo->setCurrentIndex(m_communeCombo->findData(preferredCode));
    }
    m_communeCombo->setEnabled(!communes.isEmpty());
    m_loading = wasLoading;
    markModified();
}

void ContactEditor::markModified()
{
    if (!m_loading)
        setModified(true);
}

void ContactEditor::setModified(bool modified)
{
    m_saveButton->setEnabled(modified);
    m_revertButton->setEnabled(modified && !isNew());
    if (modified) {
        m_statusTimer->stop();
        m_statusLabel->clear();
    }
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ContactEditor::updateHeading()
{
    const QString name = QString(m_firstNameEdit->text().simplified() + u' ' + m_lastNameEdit->text().simplified()).trimmed();
    if (m_contact.localId == 0) {
        m_heading->setText(name.isEmpty() ? tr("New contact") : name);
        m_subheading->setText(tr("Not saved yet."));
        return;
    }
    m_heading->setText(name.isEmpty() ? m_contact.displayName() : name);
    const QDateTime changed = m_contact.updatedAt.isValid() ? m_contact.updatedAt : m_contact.createdAt;
    const QString by = m_contact.updatedBy.isEmpty() ? m_contact.createdBy : m_contact.updatedBy;
    QString text;
    if (changed.isValid())
        text = by.isEmpty() ? tr("Last changed on %1.").arg(longDate(changed))
                            : tr("Last changed on %1 by %2.").arg(longDate(changed), by);
    if (m_contact.dirty)
        text = QString(text + u' ' + tr("Not sent to the server yet.")).trimmed();
    m_subheading->setText(text);
}

void ContactEditor::onConsentEdited(Channel channel)
{
    if (m_loading)
        return;
    const auto i = std::size_t(channel);
    const int value = m_consentCombos[i]->currentData().toInt();
    const std::optional<bool> granted = value < 0 ? std::nullopt : std::optional<bool>(value == 1);
    if (granted == m_contact.consentFor(channel).granted) {
        m_consent[i] = m_contact.consentFor(channel); // back to what was stored: keep its date and source
    } else {
        const QString author = m_session && m_session->contacts() ? m_session->contacts()->author() : QString();
        m_consent[i] = Consent{granted, QDateTime::currentDateTimeUtc(), TimelineWidget::manualEditSource(author)};
    }
    updateConsentDetails(channel);
    markModified();
}

void ContactEditor::updateConsentDetails(Channel channel)
{
    const Consent &k = m_consent[std::size_t(channel)];
    QLabel *label = m_consentDetails[std::size_t(channel)];
    QString text;
    if (k.granted) {
        const QString source = TimelineWidget::describeSource(k.source);
        if (k.at.isValid())
            text = *k.granted ? tr("Given on %1 — source: %2").arg(longDate(k.at), source)
                              : tr("Refused on %1 — source: %2").arg(longDate(k.at), source);
        else
            text = tr("Source: %1").arg(source);
    }
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void ContactEditor::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

void ContactEditor::showErrors(const QHash<QString, QStringList> &errors)
{
    QWidget *firstField = nullptr;
    const std::pair<const char *, QWidget *> order[] = {
        {"name", m_lastNameEdit}, {"birthdate", m_birthdateEdit}, {"email", m_emailEdit},
        {"other_emails", m_otherEmailsEdit}, {"phone", m_phoneEdit}, {"other_phones", m_otherPhonesEdit},
        {"postal_code", m_postalCodeEdit}, {"commune", m_communeCombo}};
    for (const auto &[name, widget] : order) {
        const QString field = QLatin1String(name);
        if (!errors.contains(field))
            continue;
        if (QLabel *label = errorLabel(field)) {
            label->setText(errors.value(field).join(u'\n'));
            label->show();
        }
        if (!firstField)
            firstField = widget;
    }
    // A field the form does not know: still say it.
    QStringList unknown;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        if (!errorLabel(it.key()))
            unknown << it.value();
    if (!unknown.isEmpty()) {
        QLabel *label = errorLabel(QStringLiteral("name"));
        label->setText(QStringList(QStringList{label->text()} + unknown).join(u'\n').trimmed());
        label->show();
    }
    m_statusLabel->setStyleSheet(QString::fromLatin1(ErrorStyle));
    m_statusLabel->setText(tr("Please correct what is shown in red."));
    if (firstField) {
        m_tabs->setCurrentIndex(0);
        firstField->setFocus(Qt::OtherFocusReason);
    }
}

QString ContactEditor::birthdateFormat() const
{
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    if (!f.contains(QLatin1String("dd")))
        f.replace(u'd', QLatin1String("dd"));
    if (!f.contains(QLatin1String("MM")))
        f.replace(u'M', QLatin1String("MM"));
    return f;
}

QDate ContactEditor::parseBirthdate(const QString &input, bool *ok) const
{
    const QString text = input.simplified();
    *ok = true;
    if (text.isEmpty())
        return {};
    const QLocale locale;
    QDate d = locale.toDate(text, birthdateFormat());
    for (const QString &f : {QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"), QStringLiteral("d-M-yyyy"),
                             QStringLiteral("yyyy-MM-dd"), QStringLiteral("ddMMyyyy")}) {
        if (d.isValid())
            break;
        d = QDate::fromString(text, f);
    }
    if (!d.isValid() || d.year() < 1900)
        *ok = false;
    return d;
}

bool ContactEditor::confirmPossibleDuplicate(const Contact &c)
{
    if (c.localId != 0 || !m_session || !m_session->contacts())
        return true;
    std::optional<Contact> other = m_session->contacts()->findByEmail(c.email);
    if (!other)
        other = m_session->contacts()->findByPhone(c.phone);
    if (!other)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Possible duplicate"),
        tr("%1 already has this email address or phone number.\n\nSave a new contact anyway?").arg(other->displayName()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

bool ContactEditor::save()
{
    if (!isEditing())
        return false;
    if (!m_session || !m_session->contacts())
        return false;
    m_tagsEditor->commitPending();
    clearErrors();
    m_statusLabel->clear();

    Contact c = m_contact;
    c.title = m_titleCombo->currentText();
    c.firstName = m_firstNameEdit->text();
    c.lastName = m_lastNameEdit->text();
    c.email = m_emailEdit->text();
    c.otherEmails = splitList(m_otherEmailsEdit->text());
    c.phone = m_phoneEdit->text();
    c.otherPhones = splitList(m_otherPhonesEdit->text());
    c.address = m_addressEdit->text();
    c.postalCode = m_postalCodeEdit->text();
    c.communeCode = m_communeCombo->currentIndex() >= 0 ? m_communeCombo->currentData().toString() : QString();
    c.membership = membershipFromId(m_membershipCombo->currentData().toString()).value_or(Membership::None);
    c.tags = m_tagsEditor->tags();
    c.notes = m_notesEdit->toPlainText();
    c.consent = m_consent;

    QHash<QString, QStringList> errors;
    bool dateOk = true;
    c.birthdate = parseBirthdate(m_birthdateEdit->text(), &dateOk);
    if (!dateOk)
        errors[QStringLiteral("birthdate")]
            << tr("Type the date as in %1.").arg(QLocale().toString(QDate(1985, 7, 14), birthdateFormat()));
    // Normalised first (phones to E.164...), so that a value shown formatted does not count as edited.
    const QList<FieldError> found = ContactValidator(ZoneTree::france()).validate(c);
    for (const FieldError &e : found)
        errors[e.field] << e.message;
    if (!errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    if (c.localId != 0) {
        // The row may have changed since the form was filled (a sync): save only what was edited here.
        if (const auto current = m_session->contacts()->byLocalId(c.localId))
            c = ContactJson::mergeEdits(m_contact, c, *current);
    }
    if (!confirmPossibleDuplicate(c))
        return false;

    QString error;
    const bool isNewContact = c.localId == 0;
    const bool ok = isNewContact ? m_session->contacts()->insert(c, &error) : m_session->contacts()->update(c, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Contact not saved"),
                             tr("The contact could not be saved. Nothing was changed.\n\n%1").arg(error));
        return false;
    }
    // Read back what was stored (timestamps, normalised values).
    m_contact = m_session->contacts()->byLocalId(c.localId).value_or(c);
    populate(m_contact);
    m_statusLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_statusLabel->setText(tr("Saved."));
    m_statusTimer->start();
    Q_EMIT saved(m_contact.localId);
    Q_EMIT m_session->contactsChanged();
    return true;
}

void ContactEditor::revert()
{
    if (m_contact.localId != 0) {
        if (!loadContact(m_contact.localId))
            return;
    } else {
        populate(m_contact);
    }
}

void ContactEditor::onContactsChanged()
{
    if (!m_session || !m_session->contacts())
        return;
    m_tagsEditor->setCompletions(m_session->contacts()->tagNames());
    if (!isEditing() || m_contact.localId == 0)
        return;
    if (m_modified) {
        m_timeline->reload();
        return;
    }
    // Someone else (an import, the kiosk, sync) may have changed or removed this contact.
    const std::optional<Contact> stored = m_session->contacts()->byLocalId(m_contact.localId);
    if (!stored) {
        clear();
        return;
    }
    if (stored->updatedAt != m_contact.updatedAt || stored->id != m_contact.id) {
        m_contact = *stored;
        const QString status = m_statusLabel->text();
        populate(m_contact);
        m_statusLabel->setText(status);
    } else {
        m_timeline->reload();
    }
}

} // namespace relais
