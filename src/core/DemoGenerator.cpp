#include "DemoGenerator.h"

#include "TextNormalizer.h"
#include "ZoneTree.h"

#include <algorithm>

namespace relais {

namespace {
const char16_t *const FirstNamesF[] = {
    u"Marie", u"Nathalie", u"Isabelle", u"Sylvie", u"Catherine", u"Françoise", u"Valérie", u"Christine",
    u"Sandrine", u"Monique", u"Céline", u"Julie", u"Camille", u"Léa", u"Manon", u"Chloé", u"Emma", u"Inès",
    u"Sarah", u"Laura", u"Aurélie", u"Émilie", u"Hélène", u"Anne", u"Sophie", u"Claire", u"Lucie", u"Zoé",
    u"Jeanne", u"Louise", u"Agnès", u"Martine", u"Brigitte", u"Nadia", u"Fatima", u"Amélie", u"Élodie", u"Mathilde"};
const char16_t *const FirstNamesM[] = {
    u"Jean", u"Pierre", u"Michel", u"Philippe", u"Alain", u"Nicolas", u"Christophe", u"Patrick", u"Daniel",
    u"Thierry", u"Stéphane", u"Frédéric", u"Julien", u"David", u"Éric", u"Laurent", u"Sébastien", u"Olivier",
    u"Thomas", u"Lucas", u"Hugo", u"Louis", u"Nathan", u"Gabriel", u"Arthur", u"Jules", u"Mathis", u"Théo",
    u"Antoine", u"François", u"Mohamed", u"Karim", u"Yannick", u"Jérôme", u"Benoît", u"Rémi", u"Loïc", u"Gaël"};
const char16_t *const LastNames[] = {
    u"Martin", u"Bernard", u"Thomas", u"Petit", u"Robert", u"Richard", u"Durand", u"Dubois", u"Moreau",
    u"Laurent", u"Simon", u"Michel", u"Lefèvre", u"Leroy", u"Roux", u"David", u"Bertrand", u"Morel", u"Fournier",
    u"Girard", u"Bonnet", u"Dupont", u"Lambert", u"Fontaine", u"Rousseau", u"Vincent", u"Muller", u"Lefebvre",
    u"Faure", u"André", u"Mercier", u"Blanc", u"Guérin", u"Boyer", u"Garnier", u"Chevalier", u"François",
    u"Legrand", u"Gauthier", u"Garcia", u"Perrin", u"Robin", u"Clément", u"Morin", u"Nicolas", u"Henry",
    u"Roussel", u"Mathieu", u"Gautier", u"Masson", u"Marchand", u"Duval", u"Denis", u"Dumont", u"Marie",
    u"Lemaire", u"Noël", u"Meyer", u"Dufour", u"Meunier", u"Brun", u"Blanchard", u"Giraud", u"Joly", u"Rivière",
    u"Lucas", u"Brunet", u"Gaillard", u"Barbier", u"Arnaud", u"Martinez", u"Gérard", u"Roche", u"Renard",
    u"Schmitt", u"Roy", u"Leroux", u"Colin", u"Vidal", u"Caron", u"Picard", u"Roger", u"Fabre", u"Aubert",
    u"Lemoine", u"Renaud", u"Dumas", u"Lacroix", u"Olivier", u"Philippe", u"Bourgeois", u"Pierre", u"Benoît",
    u"Rey", u"Leclerc", u"Payet", u"Rolland", u"Leclercq", u"Guillaume", u"Lecomte", u"Lopez", u"Jean",
    u"Dupuy", u"Guillot", u"Hubert", u"Berger", u"Carpentier", u"Sanchez", u"Dupuis", u"Moulin", u"Louis",
    u"Deschamps", u"Huet", u"Vasseur", u"Perez", u"Boucher", u"Fleury", u"Royer", u"Klein", u"Jacquet",
    u"Adam", u"Paris", u"Poirier", u"Marty", u"Aubry", u"Guyot", u"Carré", u"Charles", u"Renault", u"Charpentier",
    u"Ménard", u"Maillard", u"Baron", u"Bertin", u"Bailly", u"Hervé", u"Schneider", u"Fernandez", u"Le Gall",
    u"Collet", u"Léger", u"Bouvier", u"Julien", u"Prévost", u"Millet", u"Perrot", u"Daniel", u"Le Roux", u"Cousin",
    u"Germain", u"Breton", u"Besson", u"Langlois", u"Rémy", u"Le Goff", u"Pelletier", u"Lévêque", u"Perrier",
    u"Leblanc", u"Barré", u"Lebrun", u"Marchal", u"Weber", u"Mallet", u"Hamon", u"Boulanger", u"Jacob", u"Monnier",
    u"Michaud", u"Rodriguez", u"Guichard", u"Gillet", u"Étienne", u"Grondin", u"Poulain", u"Tessier", u"Chevallier",
    u"Collin", u"Chauvin", u"Da Silva", u"Bouchet", u"Gay", u"Lemaître", u"Bénard", u"Maréchal", u"Humbert",
    u"Reynaud", u"Antoine", u"Hoarau", u"Perret", u"Barthélemy", u"Cordier", u"Pichon", u"Lejeune", u"Gilbert",
    u"Lamy", u"Delaunay", u"Pasquier", u"Carlier", u"Laporte", u"Nguyen", u"Haddad", u"Benali", u"Diallo", u"Traoré"};
const char16_t *const Domains[] = {u"gmail.com", u"orange.fr", u"free.fr", u"hotmail.fr", u"yahoo.fr", u"laposte.net",
                                   u"sfr.fr", u"outlook.fr", u"wanadoo.fr", u"icloud.com", u"proton.me", u"bbox.fr"};
const char16_t *const Streets[] = {u"rue de la République", u"avenue Jean Jaurès", u"rue Victor Hugo", u"place de la Mairie",
                                   u"rue Pasteur", u"boulevard Gambetta", u"rue du Général de Gaulle", u"chemin des Vignes",
                                   u"rue de l'Église", u"allée des Tilleuls", u"impasse des Lilas", u"route de la Gare",
                                   u"rue Jules Ferry", u"avenue de la Liberté", u"rue des Écoles", u"quai de la Loire"};
const char16_t *const Tags[] = {u"bénévole", u"militant", u"donateur", u"porte-à-porte", u"jeunes", u"élu local",
                                u"syndicaliste", u"tractage", u"réunion publique", u"pétition climat", u"newsletter",
                                u"assesseur", u"covoiturage", u"retraités", u"enseignants", u"santé"};

QString asciiLocal(const QString &s)
{
    QString f = TextNormalizer::fold(s);
    f.replace(u' ', u'-');
    return f;
}
} // namespace

DemoGenerator::DemoGenerator(const ZoneTree &zones, quint32 seed)
    : m_zones(zones), m_rng(seed), m_today(QDate::currentDate()), m_now(QDateTime::currentDateTimeUtc())
{
    qint64 total = 0;
    for (const Zone *c : zones.communes()) {
        if (c->postalCodes.isEmpty() || c->population <= 0)
            continue;
        total += c->population;
        m_communes.append(c);
        m_cumulative.append(total);
    }
}

const Zone *DemoGenerator::pickCommune()
{
    if (m_communes.isEmpty())
        return nullptr;
    const qint64 r = qint64(m_rng.bounded(double(m_cumulative.last())));
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), r);
    return m_communes.at(std::min<qsizetype>(it - m_cumulative.cbegin(), m_communes.size() - 1));
}

Contact DemoGenerator::next()
{
    Contact c;
    ++m_serial;
    const bool female = m_rng.bounded(2) == 0;
    c.title = female ? QStringLiteral("Mme") : QStringLiteral("M.");
    c.firstName = QString::fromUtf16(female ? pick(FirstNamesF) : pick(FirstNamesM));
    c.lastName = QString::fromUtf16(pick(LastNames));
    if (m_rng.bounded(10) == 0) // compound names
        c.lastName += u'-' + QString::fromUtf16(pick(LastNames));
    c.birthdate = m_today.addDays(-qint64(365.25 * (18 + m_rng.bounded(70))) - m_rng.bounded(365));

    if (m_rng.bounded(100) < 85) {
        const QString sep = QStringView(u"._-").mid(m_rng.bounded(3), 1).toString();
        c.email = asciiLocal(c.firstName) + sep + asciiLocal(c.lastName);
        if (m_rng.bounded(3) == 0)
            c.email += QString::number(m_serial % 1000);
        c.email += u'@' + QString::fromUtf16(pick(Domains));
    }
    if (m_rng.bounded(100) < 75) {
        // French mobile: +33 6 / +33 7, eight more digits. Serial-derived digits keep duplicates rare.
        const quint32 digits = (m_serial * 7919u + m_rng.bounded(1000u)) % 100000000u;
        c.phone = (m_rng.bounded(4) == 0 ? QStringLiteral("+337") : QStringLiteral("+336"))
            + QStringLiteral("%1").arg(digits, 8, 10, QLatin1Char('0'));
        if (c.phone.startsWith(QLatin1String("+337")) && c.phone.at(4) < u'3')
            c.phone[4] = u'8'; // +33 7 starts at 73..79 for mobiles
    }
    if (const Zone *commune = pickCommune()) {
        c.communeCode = commune->code;
        c.postalCode = commune->postalCodes.at(m_rng.bounded(int(commune->postalCodes.size())));
        c.zone = m_zones.departmentOf(commune->code);
        c.address = QString::number(1 + m_rng.bounded(180)) + u' ' + QString::fromUtf16(pick(Streets));
    } else {
        c.zone = QStringLiteral("FR");
    }
    const int m = m_rng.bounded(100);
    c.membership = m < 12 ? Membership::Member : m < 40 ? Membership::Supporter : m < 45 ? Membership::Former
                                                                                    : Membership::None;
    const int tagCount = m_rng.bounded(100) < 55 ? int(m_rng.bounded(3)) + 1 : 0;
    for (int i = 0; i < tagCount; ++i)
        c.tags << QString::fromUtf16(pick(Tags));
    c.tags = normalizeTags(c.tags);

    const QDateTime when = m_now.addSecs(-qint64(m_rng.bounded(3 * 365 * 86400)));
    const QString source = QStringLiteral("demo");
    if (!c.email.isEmpty())
        c.consentFor(Channel::Email) = {m_rng.bounded(100) < 70, when, source};
    if (!c.phone.isEmpty()) {
        c.consentFor(Channel::Phone) = {m_rng.bounded(100) < 45, when, source};
        c.consentFor(Channel::Sms) = {m_rng.bounded(100) < 35, when, source};
    }
    c.createdAt = when;
    return c;
}

QList<Contact> DemoGenerator::generate(int count)
{
    QList<Contact> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out << next();
    return out;
}

} // namespace relais
