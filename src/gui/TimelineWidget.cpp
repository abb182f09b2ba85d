#include "TimelineWidget.h"

#include "ContactListModel.h"
#include "ProfileSession.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
const QString ManualPrefix = QStringLiteral("manual edit by ");
const QString ManualSource = QStringLiteral("manual edit");

QString dateTimeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

std::optional<Channel> channelFromId(const QString &id)
{
    for (Channel ch : AllChannels)
        if (channelId(ch) == id)
            return ch;
    return std::nullopt;
}
} // namespace

TimelineWidget::TimelineWidget(ProfileSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new QTreeWidget(this)), m_emptyLabel(new QLabel(this)),
      m_noteEdit(new QPlainTextEdit(this)), m_addNoteButton(new QPushButton(tr("Add note"), this))
{
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Date"), tr("Event"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Write a note about this contact (Ctrl+Enter to add it)"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_addNoteButton->setObjectName(QStringLiteral("addNoteButton"));
    m_addNoteButton->setEnabled(false);

    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNoteButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addLayout(noteRow);

    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_addNoteButton->setEnabled(!m_contact.id.isEmpty() && !m_noteEdit->toPlainText().trimmed().isEmpty());
    });
    connect(m_addNoteButton, &QPushButton::clicked, this, &TimelineWidget::addNote);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, m_noteEdit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &TimelineWidget::addNote);
    }
    setContact(Contact());
}

void TimelineWidget::setContact(const Contact &contact)
{
    if (contact.id != m_contact.id)
        m_noteEdit->clear();
    m_contact = contact;
    reload();
}

int TimelineWidget::entryCount() const
{
    return m_list->topLevelItemCount();
}

void TimelineWidget::reload()
{
    m_list->clear();
    const bool saved = !m_contact.id.isEmpty() && m_session && m_session->contacts();
    m_noteEdit->setEnabled(saved);
    m_addNoteButton->setEnabled(saved && !m_noteEdit->toPlainText().trimmed().isEmpty());
    if (!saved) {
        m_list->hide();
        m_emptyLabel->setText(tr("The history of a contact starts when it is saved."));
        m_emptyLabel->show();
        return;
    }
    m_emptyLabel->hide();
    m_list->show();

    QList<QTreeWidgetItem *> items;
    bool hasCreated = false;
    const QList<Interaction> entries = m_session->contacts()->timeline(m_contact.id); // newest first
    for (const Interaction &i : entries) {
        hasCreated = hasCreated || i.kind == QLatin1String("created");
        QString details = summary(i);
        if (!i.author.isEmpty())
            details = tr("%1 (by %2)", "timeline details, author").arg(details, i.author);
        auto *item = new QTreeWidgetItem({dateTimeText(i.at), kindText(i.kind), details});
        item->setToolTip(2, details);
        items << item;
    }
    if (!hasCreated && m_contact.createdAt.isValid()) {
        const QString full = m_contact.createdBy.isEmpty()
            ? tr("Created on %1").arg(dateTimeText(m_contact.createdAt))
            : tr("Created on %1 (by %2)").arg(dateTimeText(m_contact.createdAt), m_contact.createdBy);
        // The date has its own column: the details only say who.
        const QString details = m_contact.createdBy.isEmpty() ? tr("Contact created") : tr("by %1").arg(m_contact.createdBy);
        auto *item = new QTreeWidgetItem({dateTimeText(m_contact.createdAt), kindText(QStringLiteral("created")), details});
        item->setToolTip(0, full);
        item->setToolTip(2, full);
        // Keep newest first: the creation goes before any entry older than it (imports may backdate).
        qsizetype pos = items.size();
        for (qsizetype k = 0; k < items.size(); ++k) {
            if (entries.at(k).at < m_contact.createdAt) {
                pos = k;
                break;
            }
        }
        items.insert(pos, item);
    }
    m_list->addTopLevelItems(items);
}

void TimelineWidget::addNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (text.isEmpty() || m_contact.id.isEmpty() || !m_session || !m_session->contacts())
        return;
    Interaction i;
    i.contactId = m_contact.id;
    i.zone = m_contact.zone;
    i.kind = QStringLiteral("note");
    i.data[QLatin1String("text")] = text;
    QString error;
    if (!m_session->contacts()->addInteraction(i, &error)) {
        QMessageBox::warning(this, tr("Note not added"), tr("The note could not be saved: %1").arg(error));
        return;
    }
    m_noteEdit->clear();
    reload();
    Q_EMIT noteAdded();
}

QString TimelineWidget::kindText(const QString &kind)
{
    if (kind == QLatin1String("created"))
        return tr("Created");
    if (kind == QLatin1String("note"))
        return tr("Note");
    if (kind == QLatin1String("consent"))
        return tr("Consent changed");
    if (kind == QLatin1String("import"))
        return tr("Imported");
    if (kind == QLatin1String("signup"))
        return tr("Signed up at an event");
    if (kind == QLatin1String("edit"))
        return tr("Edited");
    if (kind == QLatin1String("call"))
        return tr("Phone call");
    if (kind == QLatin1String("signature"))
        return tr("Signed a petition");
    if (kind == QLatin1String("email"))
        return tr("Email");
    if (kind == QLatin1String("merge"))
        return tr("Merged");
    return kind;
}

QString TimelineWidget::manualEditSource(const QString &author)
{
    return author.isEmpty() ? ManualSource : QString(ManualPrefix + author);
}

QString TimelineWidget::describeSource(const QString &source)
{
    if (source.isEmpty())
        return tr("unknown source");
    if (source == ManualSource)
        return tr("manual edit");
    if (source.startsWith(ManualPrefix))
        return tr("manual edit by %1").arg(source.mid(ManualPrefix.size()));
    if (source == QLatin1String("demo"))
        return tr("demo data");
    const qsizetype colon = source.indexOf(u':');
    if (colon > 0) {
        const QString what = source.left(colon).trimmed();
        const QString rest = source.mid(colon + 1).trimmed();
        if (what == QLatin1String("event"))
            return tr("event: %1").arg(rest);
        if (what == QLatin1String("import"))
            return tr("import: %1").arg(rest);
        if (what == QLatin1String("form"))
            return tr("web form: %1").arg(rest);
        if (what == QLatin1String("call"))
            return tr("phone call: %1").arg(rest);
        if (what == QLatin1String("unsubscribe"))
            return tr("unsubscribe link: %1").arg(rest);
        if (what == QLatin1String("petition"))
            return tr("petition: %1").arg(rest);
    }
    if (source == QLatin1String("import"))
        return tr("import");
    if (source == QLatin1String("unsubscribe"))
        return tr("unsubscribe link");
    return source;
}

QString TimelineWidget::summary(const Interaction &i)
{
    const QJsonObject &d = i.data;
    if (i.kind == QLatin1String("note"))
        return d.value(QLatin1String("text")).toString();
    if (i.kind == QLatin1String("consent")) {
        const auto ch = channelFromId(d.value(QLatin1String("channel")).toString());
        const QString channel = ch ? ContactListModel::channelName(*ch) : d.value(QLatin1String("channel")).toString();
        const QJsonValue g = d.value(QLatin1String("granted"));
        const QString state = g.isBool() ? (g.toBool() ? tr("yes") : tr("no")) : tr("not asked");
        QString text = tr("%1: %2").arg(channel, state);
        const QString source = d.value(QLatin1String("source")).toString();
        if (!source.isEmpty())
            text = tr("%1 — source: %2").arg(text, describeSource(source));
        return text;
    }
    if (i.kind == QLatin1String("signature")) {
        const QString petition = d.value(QLatin1String("petition")).toString();
        if (!petition.isEmpty())
            return d.value(QLatin1String("newsletter_optin")).toBool()
                ? tr("“%1”, and asked for the newsletter").arg(petition)
                : tr("“%1”").arg(petition);
    }
    if (i.kind == QLatin1String("signup")) {
        const QString event = d.value(QLatin1String("event")).toString();
        if (!event.isEmpty())
            return event;
    }
    if (i.kind == QLatin1String("import")) {
        const QString file = d.value(QLatin1String("file")).toString();
        if (!file.isEmpty())
            return tr("From the file %1").arg(file);
    }
    if (i.kind == QLatin1String("edit")) {
        const QJsonValue fields = d.value(QLatin1String("fields"));
        if (fields.isArray()) {
            QStringList names;
            for (const QJsonValue &v : fields.toArray())
                names << v.toString();
            return tr("Changed: %1").arg(names.join(QStringLiteral(", ")));
        }
    }
    if (i.kind == QLatin1String("email") && d.value(QLatin1String("event")).toString() == QLatin1String("bounced")) {
        const QString subject = d.value(QLatin1String("subject")).toString();
        return subject.isEmpty()
            ? tr("The address %1 bounced: it gets no more newsletters.").arg(d.value(QLatin1String("email")).toString())
            : tr("The address %1 bounced (newsletter “%2”): it gets no more newsletters.")
                  .arg(d.value(QLatin1String("email")).toString(), subject);
    }
    // Anything else: its text values, so nothing recorded is hidden.
    for (const QString &key : {QStringLiteral("text"), QStringLiteral("summary"), QStringLiteral("message")})
        if (d.value(key).isString())
            return d.value(key).toString();
    QStringList parts;
    for (auto it = d.begin(); it != d.end(); ++it) {
        if (it.value().isString())
            parts << it.value().toString();
        else if (it.value().isDouble())
            parts << QLocale().toString(it.value().toDouble());
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace relais
