#include "ProxyElectionEditor.h"

#include "PetitionSlug.h"
#include "ProxyBoard.h"
#include "ZoneChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais {

namespace {
QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

void setupDate(QDateEdit *edit, const char *name)
{
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}
} // namespace

ProxyElectionEditor::ProxyElectionEditor(const QSqlDatabase &db, const QStringList &zones, const QUrl &server,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_server(server), m_zones(zones), m_name(new QLineEdit(this)), m_zone(new QComboBox(this)),
      m_slug(new QLineEdit(this)), m_urls(new QLabel(this)), m_twoRounds(new QCheckBox(tr("Second round on"), this)),
      m_round1(new QDateEdit(this)), m_round2(new QDateEdit(this)), m_maxTotal(new QSpinBox(this)),
      m_maxInFrance(new QSpinBox(this)), m_rulesNote(new QLabel(this)),
      m_formsOpen(new QCheckBox(tr("The public forms take requests and offers"), this)), m_language(new QComboBox(this)),
      m_problems(new QLabel(this)), m_save(nullptr)
{
    setObjectName(QStringLiteral("proxyElectionEditor"));
    setWindowTitle(tr("Election"));
    m_name->setObjectName(QStringLiteral("proxyElectionName"));
    m_name->setPlaceholderText(tr("e.g. Municipal elections 2027"));
    m_zone->setObjectName(QStringLiteral("proxyElectionZone"));
    m_zone->setToolTip(tr("Where the election is organised: the zones where you may match proxy votes"));
    m_slug->setObjectName(QStringLiteral("proxyElectionSlug"));
    m_slug->setMaxLength(PetitionSlug::MaxLength + 10); // longer is said to be too long, not cut silently
    m_slug->setPlaceholderText(tr("e.g. municipal-2027"));
    m_slug->setToolTip(tr("The end of the public forms' addresses: lowercase letters, digits and dashes"));
    m_urls->setObjectName(QStringLiteral("proxyElectionUrls"));
    m_urls->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urls->setForegroundRole(QPalette::PlaceholderText);
    m_urls->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setupDate(m_round1, "proxyElectionRound1");
    setupDate(m_round2, "proxyElectionRound2");
    m_twoRounds->setObjectName(QStringLiteral("proxyElectionTwoRounds"));
    m_maxTotal->setObjectName(QStringLiteral("proxyElectionMaxTotal"));
    m_maxTotal->setRange(1, 10);
    m_maxInFrance->setObjectName(QStringLiteral("proxyElectionMaxInFrance"));
    m_maxInFrance->setRange(0, 10);
    m_rulesNote->setObjectName(QStringLiteral("proxyElectionRulesNote"));
    m_rulesNote->setWordWrap(true);
    m_rulesNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_rulesNote->setForegroundRole(QPalette::PlaceholderText);
    m_formsOpen->setObjectName(QStringLiteral("proxyElectionFormsOpen"));
    m_language->setObjectName(QStringLiteral("proxyElectionLanguage"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setToolTip(tr("The language of the public forms and of the e-mails sent to mandants and mandataires"));
    m_problems->setObjectName(QStringLiteral("proxyElectionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Zone:"), m_zone);
    form->addRow(tr("Public &address:"), m_slug);
    form->addRow(QString(), m_urls);
    auto *rounds = new QHBoxLayout;
    rounds->addWidget(m_round1);
    rounds->addSpacing(16);
    rounds->addWidget(m_twoRounds);
    rounds->addWidget(m_round2);
    rounds->addStretch(1);
    auto *roundsLabel = new QLabel(tr("&First round on:"), this);
    roundsLabel->setBuddy(m_round1);
    form->addRow(roundsLabel, rounds);
    auto *rules = new QHBoxLayout;
    rules->addWidget(m_maxTotal);
    rules->addWidget(new QLabel(tr("in all, of which at most"), this));
    rules->addWidget(m_maxInFrance);
    rules->addWidget(new QLabel(tr("established in France"), this));
    rules->addStretch(1);
    auto *rulesLabel = new QLabel(tr("Procurations per mandataire:"), this);
    rulesLabel->setBuddy(m_maxTotal);
    form->addRow(rulesLabel, rules);
    form->addRow(QString(), m_rulesNote);
    form->addRow(tr("Forms:"), m_formsOpen);
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveProxyElectionButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textEdited, this, &ProxyElectionEditor::nameEdited);
    connect(m_slug, &QLineEdit::textEdited, this, [this] {
        m_slugFollowsName = m_slug->text().isEmpty();
        updateState();
    });
    connect(m_twoRounds, &QCheckBox::toggled, this, &ProxyElectionEditor::updateState);
    for (QDateEdit *d : {m_round1, m_round2})
        connect(d, &QDateEdit::dateChanged, this, &ProxyElectionEditor::updateState);
    for (QSpinBox *s : {m_maxTotal, m_maxInFrance})
        connect(s, &QSpinBox::valueChanged, this, &ProxyElectionEditor::updateState);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ProxyElectionEditor::updateState);
    load({});
    resize(std::max(sizeHint().width(), 640), sizeHint().height());
}

QDate ProxyElectionEditor::suggestedDate(const QDate &from)
{
    const QDate start = from.addDays(28);
    return start.addDays((7 - start.dayOfWeek()) % 7);
}

void ProxyElectionEditor::load(const SyncRecord &record)
{
    m_record = record;
    m_record.type = ProxyBoard::ElectionType;
    const QJsonObject &d = record.data;
    ZoneChoices::fill(m_zone, m_zones, record.zone.isEmpty() ? m_zones.value(0) : record.zone);
    m_name->setText(field(d, "name"));
    m_slug->setText(field(d, "slug"));
    m_slugFollowsName = m_slug->text().isEmpty() || m_slug->text() == PetitionSlug::suggest(m_name->text());
    const QJsonArray rounds = d.value(QLatin1String("rounds")).toArray();
    const QDate first = QDate::fromString(field(rounds.at(0).toObject(), "date"), Qt::ISODate);
    const QDate second = QDate::fromString(field(rounds.at(1).toObject(), "date"), Qt::ISODate);
    m_round1->setDate(first.isValid() ? first : suggestedDate());
    m_round2->setDate(second.isValid() ? second : m_round1->date().addDays(14));
    m_twoRounds->setChecked(record.id.isEmpty() || rounds.size() >= 2);
    const QJsonObject rules = d.value(QLatin1String("rules")).toObject();
    m_maxTotal->setValue(rules.value(QLatin1String("max_total")).toInt(2));
    m_maxInFrance->setValue(rules.value(QLatin1String("max_in_france")).toInt(1));
    m_formsOpen->setChecked(d.value(QLatin1String("forms_open")).toBool(record.id.isEmpty()));
    const QString language = field(d, "language");
    m_language->setCurrentIndex(std::max(
        0, m_language->findData(language.isEmpty() ? (QLocale().language() == QLocale::English ? QStringLiteral("en")
                                                                                                : QStringLiteral("fr"))
                                                   : language)));
    setWindowTitle(record.id.isEmpty() ? tr("New election") : tr("Election: %1").arg(m_name->text()));
    updateState();
}

void ProxyElectionEditor::nameEdited()
{
    if (m_slugFollowsName)
        m_slug->setText(PetitionSlug::suggest(m_name->text()));
    updateState();
}

QStringList ProxyElectionEditor::formUrls() const
{
    const QString slug = m_slug->text().trimmed();
    if (!m_server.isValid() || m_server.isEmpty() || !PetitionSlug::isValid(slug))
        return {};
    QStringList out;
    for (const QString &form : {QStringLiteral("mandant"), QStringLiteral("mandataire")}) {
        QUrl url = m_server;
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + QStringLiteral("/v/") + slug + u'/' + form);
        out << url.toString();
    }
    return out;
}

QStringList ProxyElectionEditor::problems() const
{
    QStringList out;
    if (m_name->text().trimmed().isEmpty())
        out << tr("Give the election a name.");
    if (m_zone->currentData().toString().isEmpty())
        out << tr("Choose a zone: your account may not match proxy votes in any zone.");
    const QString slug = m_slug->text().trimmed();
    if (slug.isEmpty()) {
        out << tr("Give the forms a public address.");
    } else if (const QString p = PetitionSlug::problem(slug); !p.isEmpty()) {
        out << p;
    } else {
        for (const SyncRecord &r : RecordRepository(m_db).list(ProxyBoard::ElectionType))
            if (r.id != m_record.id && field(r.data, "slug") == slug) {
                out << tr("The election “%1” already uses this address.").arg(field(r.data, "name"));
                break;
            }
    }
    if (m_twoRounds->isChecked() && m_round2->date() <= m_round1->date())
        out << tr("The second round must come after the first.");
    if (m_maxInFrance->value() > m_maxTotal->value())
        out << tr("A mandataire cannot hold more procurations established in France (%1) than procurations in all (%2).")
                   .arg(m_maxInFrance->value())
                   .arg(m_maxTotal->value());
    return out;
}

void ProxyElectionEditor::updateState()
{
    m_round2->setEnabled(m_twoRounds->isChecked());
    const bool l73 = m_maxTotal->value() == 2 && m_maxInFrance->value() == 1;
    m_rulesNote->setText(l73 ? tr("As the Code électoral sets it (art. L73): a mandataire holds at most two "
                                  "procurations, at most one of them established in France.")
                             : tr("The Code électoral (art. L73) allows at most two procurations per mandataire, at "
                                  "most one of them established in France: the server refuses more."));
    const QStringList urls = formUrls();
    if (!m_server.isValid() || m_server.isEmpty())
        m_urls->setText(tr("The addresses of the public forms show once this profile is connected to a server."));
    else if (urls.isEmpty())
        m_urls->setText(tr("(no valid address yet)"));
    else
        m_urls->setText(tr("Mandants: %1\nMandataires: %2").arg(urls.at(0), urls.at(1))
                        + (m_record.version > 0 ? QString() : u'\n' + tr("(once saved and synced)")));
    m_problems->setText(problems().join(u' '));
}

SyncRecord ProxyElectionEditor::recordFromForm() const
{
    SyncRecord r = m_record;
    r.type = ProxyBoard::ElectionType;
    r.zone = m_zone->currentData().toString();
    QJsonObject &d = r.data;
    d.insert(QStringLiteral("name"), m_name->text().trimmed());
    d.insert(QStringLiteral("slug"), m_slug->text().trimmed());
    QJsonArray rounds{QJsonObject{{QStringLiteral("round"), 1}, {QStringLiteral("date"), m_round1->date().toString(Qt::ISODate)}}};
    if (m_twoRounds->isChecked())
        rounds.append(QJsonObject{{QStringLiteral("round"), 2}, {QStringLiteral("date"), m_round2->date().toString(Qt::ISODate)}});
    d.insert(QStringLiteral("rounds"), rounds);
    d.insert(QStringLiteral("rules"), QJsonObject{{QStringLiteral("max_total"), m_maxTotal->value()},
                                                  {QStringLiteral("max_in_france"), m_maxInFrance->value()}});
    d.insert(QStringLiteral("forms_open"), m_formsOpen->isChecked());
    d.insert(QStringLiteral("language"), m_language->currentData().toString());
    return r;
}

bool ProxyElectionEditor::save(QString *error)
{
    QString message = problems().join(u'\n');
    SyncRecord r = recordFromForm();
    if (message.isEmpty() && RecordRepository(m_db).save(r, &message)) {
        m_record = r;
        updateState();
        return true;
    }
    if (error)
        *error = message;
    m_problems->setText(tr("Not saved: %1").arg(QString(message).replace(u'\n', u' ')));
    return false;
}

} // namespace relais
