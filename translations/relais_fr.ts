<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContactImporter</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>This line has %1 values where the header has %2 columns.</source>
        <translation>Cette ligne contient %1 valeurs alors que l&apos;en-tête compte %2 colonnes.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>Membership: &quot;%1&quot; is not a known status (member, supporter, former member).</source>
        <translation>Adhésion&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un statut connu (adhérent, sympathisant, ancien adhérent).</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Consentement e-mail</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Consentement téléphone</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Consentement SMS</translation>
    </message>
    <message>
        <source>Date of birth: &quot;%1&quot; is not a date (expected 31/12/1980).</source>
        <translation>Date de naissance&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une date (format attendu&#xa0;: 31/12/1980).</translation>
    </message>
    <message>
        <source>Commune: &quot;%1&quot; does not have the postal code %2.</source>
        <translation>Commune&#xa0;: «&#xa0;%1&#xa0;» ne correspond pas au code postal %2.</translation>
    </message>
    <message>
        <source>Commune: &quot;%1&quot; is not a French commune.</source>
        <translation>Commune&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une commune française.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing lines %1 to %2 failed, none of them was imported: %3</source>
        <translation>L&apos;enregistrement des lignes %1 à %2 a échoué, aucune n&apos;a été importée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>The contact has no zone.</source>
        <translation>Ce contact n&apos;est rattaché à aucune zone.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give at least a name, an email address or a phone number.</source>
        <translation>Indiquez au moins un nom, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A French postal code has five digits.</source>
        <translation>Un code postal français comporte cinq chiffres.</translation>
    </message>
    <message>
        <source>No commune has the postal code %1.</source>
        <translation>Aucune commune n&apos;a le code postal %1.</translation>
    </message>
    <message>
        <source>This commune does not have the postal code %1.</source>
        <translation>Cette commune n&apos;a pas le code postal %1.</translation>
    </message>
    <message>
        <source>Unknown commune.</source>
        <translation>Commune inconnue.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>A profile already exists in %1; nothing was changed.</source>
        <translation>Un profil existe déjà dans %1&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Inserting demo contacts failed after %1 of %2: %3</source>
        <translation>L’ajout des contacts de démonstration a échoué après %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The email address is empty.</source>
        <translation>L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>The email address needs an @ sign, as in name@example.fr.</source>
        <translation>L&apos;adresse e-mail doit contenir un @, comme dans nom@exemple.fr.</translation>
    </message>
    <message>
        <source>The email address has more than one @ sign.</source>
        <translation>L&apos;adresse e-mail contient plus d&apos;un @.</translation>
    </message>
    <message>
        <source>The part before the @ sign is missing or too long.</source>
        <translation>La partie avant le @ est absente ou trop longue.</translation>
    </message>
    <message>
        <source>The part before the @ sign has a misplaced dot.</source>
        <translation>La partie avant le @ contient un point mal placé.</translation>
    </message>
    <message>
        <source>The email address contains a character that is not allowed: &quot;%1&quot;.</source>
        <translation>L&apos;adresse e-mail contient un caractère non autorisé&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The domain after the @ sign is incomplete, as in example.fr.</source>
        <translation>Le domaine après le @ est incomplet&#xa0;; il doit ressembler à exemple.fr.</translation>
    </message>
    <message>
        <source>The domain after the @ sign is not valid.</source>
        <translation>Le domaine après le @ n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>L&apos;accès au trousseau de clés du système a été refusé.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked).</source>
        <translation>Le trousseau de clés a refusé l&apos;accès (il est peut-être verrouillé).</translation>
    </message>
    <message>
        <source>The keychain could not forget the key.</source>
        <translation>Le trousseau de clés n&apos;a pas pu effacer la clé.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (such as GNOME Keyring or KWallet).</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur cet ordinateur (comme GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The keychain cannot be used before the application has started.</source>
        <translation>Le trousseau de clés ne peut pas être utilisé avant le démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Le trousseau de clés n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>There is no key to remember.</source>
        <translation>Il n&apos;y a aucune clé à mémoriser.</translation>
    </message>
    <message>
        <source>The key remembered on this computer is damaged; enter the passphrase instead.</source>
        <translation>La clé mémorisée sur cet ordinateur est endommagée&#xa0;; saisissez plutôt la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>MarkdownDocument</name>
    <message>
        <source>Bold or italic is not closed: put the same ** or __ after the words too.</source>
        <translation>Gras ou italique non refermé&#xa0;: remettez les mêmes ** ou __ après les mots.</translation>
    </message>
    <message>
        <source>This looks like a broken link: write [the words](https://address).</source>
        <translation>Ce lien semble cassé&#xa0;: écrivez [les mots](https://adresse).</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>An image has no description: write ![what it shows](https://address) for readers who do not load images.</source>
        <translation>Une image n’a pas de description&#xa0;: écrivez ![ce qu’elle montre](https://adresse) pour les lecteurs qui n’affichent pas les images.</translation>
    </message>
    <message>
        <source>The image address “%1” must start with https://.</source>
        <translation>L’adresse de l’image «&#xa0;%1&#xa0;» doit commencer par https://.</translation>
    </message>
    <message>
        <source>The link “%1” has no address.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» n’a pas d’adresse.</translation>
    </message>
    <message>
        <source>The link “%1” must lead to a web address (https://…) or an e-mail address (mailto:…).</source>
        <translation>Le lien «&#xa0;%1&#xa0;» doit mener à une adresse web (https://…) ou à une adresse e-mail (mailto:…).</translation>
    </message>
    <message>
        <source>HTML written in the text is left out of the e-mail: use the formatting buttons instead.</source>
        <translation>Le HTML écrit dans le texte n’est pas envoyé&#xa0;: utilisez plutôt les boutons de mise en forme.</translation>
    </message>
</context>
<context>
    <name>MarkdownFormatter</name>
    <message>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <source>what the image shows</source>
        <translation>ce que montre l&apos;image</translation>
    </message>
    <message>
        <source>Button label</source>
        <translation>Texte du bouton</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This profile was written by a newer version of Relais (schema %1, this program knows %2). Update Relais to open it.</source>
        <translation>Ce profil a été enregistré par une version plus récente de Relais (schéma %1&#xa0;; cette version connaît le schéma %2). Mettez Relais à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Upgrading the profile to schema %1 failed: %2</source>
        <translation>La mise à jour du profil vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NewsletterStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>NewsletterTemplate</name>
    <message>
        <source>A personalisation token is not closed: write {{first_name}}, with }} at the end.</source>
        <translation>Un champ de personnalisation n’est pas refermé&#xa0;: écrivez {{first_name}}, avec }} à la fin.</translation>
    </message>
    <message>
        <source>Unknown personalisation token {{%1}}. The tokens are: %2.</source>
        <translation>Champ de personnalisation inconnu&#xa0;: {{%1}}. Les champs possibles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The newsletter has no subject.</source>
        <translation>La lettre d’information n’a pas d’objet.</translation>
    </message>
    <message>
        <source>The newsletter has no text.</source>
        <translation>La lettre d’information n’a pas de texte.</translation>
    </message>
</context>
<context>
    <name>PetitionSlug</name>
    <message>
        <source>Give the petition a public address.</source>
        <translation>Donnez une adresse publique à la pétition.</translation>
    </message>
    <message>
        <source>The public address needs at least 3 characters.</source>
        <translation>L&apos;adresse publique doit avoir au moins 3 caractères.</translation>
    </message>
    <message>
        <source>The public address can have at most %1 characters.</source>
        <translation>L&apos;adresse publique peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The public address must start with a letter or a digit.</source>
        <translation>L&apos;adresse publique doit commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The public address can only hold lowercase letters without accents, digits and dashes.</source>
        <translation>L&apos;adresse publique ne peut contenir que des minuscules sans accents, des chiffres et des tirets.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>The phone number contains characters that are not digits.</source>
        <translation>Le numéro de téléphone contient des caractères qui ne sont pas des chiffres.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The phone number is too short.</source>
        <translation>Le numéro de téléphone est trop court.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Le numéro de téléphone est trop long.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>Ce numéro de téléphone n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>ProfileVault</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de chiffrement n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>A profile already exists in %1; it was left untouched.</source>
        <translation>Un profil existe déjà dans %1&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit comporter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not allocate protected memory for the key.</source>
        <translation>Impossible de réserver de la mémoire protégée pour la clé.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (not enough memory?).</source>
        <translation>Le calcul de la clé à partir de la phrase secrète a échoué (mémoire insuffisante&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no Relais profile in %1.</source>
        <translation>Il n&apos;y a aucun profil Relais dans %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile&apos;s key file %1 is damaged.</source>
        <translation>Le fichier de clé du profil (%1) est endommagé.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Phrase secrète incorrecte. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Trop courte&#xa0;: utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Weak: a few random words make a passphrase that is long and easy to remember.</source>
        <translation>Faible&#xa0;: quelques mots pris au hasard forment une phrase secrète longue et facile à retenir.</translation>
    </message>
    <message>
        <source>Fair: add another word or some digits and symbols.</source>
        <translation>Moyenne&#xa0;: ajoutez un mot, ou quelques chiffres et symboles.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
</context>
<context>
    <name>ProxyMatchTerms</name>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Marquer acceptée</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Marquer refusée</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel the match</source>
        <translation>Annuler la mise en relation</translation>
    </message>
    <message>
        <source>Same polling station</source>
        <translation>Même bureau de vote</translation>
    </message>
    <message>
        <source>Same commune</source>
        <translation>Même commune</translation>
    </message>
    <message>
        <source>Same department</source>
        <translation>Même département</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer terminée</translation>
    </message>
</context>
<context>
    <name>ProxyMatchWriter</name>
    <message numerus="yes">
        <source>In round %2, %1 already holds %n procuration(s) established in France, the most allowed (Code électoral, art. L73): only a mandant established abroad could still be added.</source>
        <translation>
            <numerusform>Au tour %2, %1 détient déjà %n procuration établie en France, le maximum permis (Code électoral, art. L73) : seul un mandant établi hors de France pourrait encore s’y ajouter.</numerusform>
            <numerusform>Au tour %2, %1 détient déjà %n procurations établies en France, le maximum permis (Code électoral, art. L73) : seul un mandant établi hors de France pourrait encore s’y ajouter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is full in round %2: they already hold %n procuration(s), the most the election allows.</source>
        <translation>
            <numerusform>Au tour %2, %1 détient déjà %n procuration, le maximum permis pour cette élection.</numerusform>
            <numerusform>Au tour %2, %1 détient déjà %n procurations, le maximum permis pour cette élection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one request and one offer.</source>
        <translation>Sélectionnez une demande et une offre.</translation>
    </message>
    <message>
        <source>The request of %1 was withdrawn.</source>
        <translation>La demande de %1 a été retirée.</translation>
    </message>
    <message>
        <source>The offer of %1 was withdrawn.</source>
        <translation>L’offre de %1 a été retirée.</translation>
    </message>
    <message>
        <source>%1 cannot hold their own procuration: the request and the offer are the same person.</source>
        <translation>%1 ne peut pas porter sa propre procuration : la demande et l’offre sont de la même personne.</translation>
    </message>
    <message>
        <source>The request is in %1 and the offer in %2: a mandataire is always found in the mandant&apos;s department.</source>
        <translation>La demande est dans le département %1 et l’offre dans le département %2 : le mandataire est toujours cherché dans le département du mandant.</translation>
    </message>
    <message>
        <source>%1 does not ask for a mandataire in round %2.</source>
        <translation>%1 ne demande pas de mandataire pour le tour %2.</translation>
    </message>
    <message>
        <source>Round %1 of this request is already held by %2 (%3): cancel that match first.</source>
        <translation>Le tour %1 de cette demande est déjà confié à %2 (%3) : annulez d’abord cette mise en relation.</translation>
    </message>
    <message>
        <source>another mandataire</source>
        <translation>un autre mandataire</translation>
    </message>
    <message>
        <source>Every round %1 asks for already has a mandataire.</source>
        <translation>Chaque tour demandé par %1 a déjà un mandataire.</translation>
    </message>
    <message>
        <source>%1 is not available in round %2.</source>
        <translation>%1 n’est pas disponible au tour %2.</translation>
    </message>
    <message>
        <source>The request and the offer must be in the same department.</source>
        <translation>La demande et l’offre doivent être dans le même département.</translation>
    </message>
    <message>
        <source>This match is not allowed: %1.</source>
        <translation>Cette mise en relation n’est pas permise : %1.</translation>
    </message>
    <message>
        <source>A new match is either suggested or proposed.</source>
        <translation>Une nouvelle mise en relation est soit suggérée, soit proposée.</translation>
    </message>
    <message>
        <source>No match is selected.</source>
        <translation>Aucune mise en relation n’est sélectionnée.</translation>
    </message>
    <message>
        <source>The requests, offers or matches have changed since: suggest the matches again (%1).</source>
        <translation>Les demandes, les offres ou les mises en relation ont changé depuis : relancez la recherche de mandataires (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>This match no longer exists.</source>
        <translation>Cette mise en relation n’existe plus.</translation>
    </message>
    <message>
        <source>A match that is “%1” cannot become “%2”.</source>
        <translation>Une mise en relation « %1 » ne peut pas devenir « %2 ».</translation>
    </message>
    <message>
        <source>%1 is not available in round %2: match round %3 only, or choose another mandataire.</source>
        <translation>%1 n’est pas disponible au tour %2 : mettez en relation le tour %3 seulement, ou choisissez un autre mandataire.</translation>
    </message>
</context>
<context>
    <name>PullSession</name>
    <message numerus="yes">
        <source>The server&apos;s answer ended with %n operations after its last checkpoint.</source>
        <translation>
            <numerusform>La réponse du serveur s&apos;est terminée avec %n opération après son dernier point de contrôle.</numerusform>
            <numerusform>La réponse du serveur s&apos;est terminée avec %n opérations après son dernier point de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer ended before its final checkpoint.</source>
        <translation>La réponse du serveur s&apos;est interrompue avant son point de contrôle final.</translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>The record has no type.</source>
        <translation>L’enregistrement n’a pas de type.</translation>
    </message>
    <message>
        <source>Records of type “%1” cannot be saved here.</source>
        <translation>Les enregistrements de type «&#xa0;%1&#xa0;» ne peuvent pas être enregistrés ici.</translation>
    </message>
    <message>
        <source>The record has no zone.</source>
        <translation>L’enregistrement n’a pas de zone.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Cet enregistrement n’existe plus.</translation>
    </message>
    <message>
        <source>Signatures are written by the server only.</source>
        <translation>Seul le serveur écrit les signatures.</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>No key to open the profile.</source>
        <translation>Aucune clé pour ouvrir le profil.</translation>
    </message>
    <message>
        <source>The profile database cannot be opened: %1</source>
        <translation>La base de données du profil ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile database is not encrypted; Relais refuses to use it.</source>
        <translation>La base de données du profil n&apos;est pas chiffrée&#xa0;; Relais refuse de l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Ce conflit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This conflict is about a field this version of Relais does not know.</source>
        <translation>Ce conflit porte sur un champ que cette version de Relais ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>ZoneChoices</name>
    <message>
        <source>%1 – %2</source>
        <comment>department number – name</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>relais: set the environment variable RELAIS_PASSPHRASE to the passphrase of the new profile (at least %1 characters).</source>
        <translation>relais&#xa0;: définissez la variable d&apos;environnement RELAIS_PASSPHRASE avec la phrase secrète du nouveau profil (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>%1 / %2 demo contacts inserted (%3 s)</source>
        <translation>%1 / %2 contacts de démonstration insérés (%3 s)</translation>
    </message>
    <message>
        <source>Profile created in %1 with %2 demo contacts.</source>
        <translation>Profil créé dans %1 avec %2 contacts de démonstration.</translation>
    </message>
    <message>
        <source>relais: --lang must be fr or en.</source>
        <translation>relais&#xa0;: --lang doit valoir fr ou en.</translation>
    </message>
    <message>
        <source>Relais: contacts, campaigns and events for political organisations.</source>
        <translation>Relais&#xa0;: contacts, campagnes et événements pour les organisations politiques.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; (default: the last one opened).</source>
        <translation>Utiliser le profil situé dans &lt;dossier&gt; (par défaut&#xa0;: le dernier ouvert).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Create a new profile holding &lt;count&gt; demo contacts, then exit (no window; the passphrase comes from RELAIS_PASSPHRASE).</source>
        <translation>Créer un nouveau profil contenant &lt;nombre&gt; contacts de démonstration, puis quitter (sans fenêtre&#xa0;; la phrase secrète est lue dans RELAIS_PASSPHRASE).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l&apos;interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>relais: unexpected argument %1 (see --help).</source>
        <translation>relais&#xa0;: argument inattendu %1 (voir --help).</translation>
    </message>
    <message>
        <source>relais: --create-demo needs a number of contacts (0 or more).</source>
        <translation>relais&#xa0;: --create-demo attend un nombre de contacts (0 ou plus).</translation>
    </message>
</context>
<context>
    <name>relais::AppController</name>
    <message>
        <source>The key remembered on this computer no longer opens this profile. Enter the passphrase.</source>
        <translation>La clé mémorisée sur cet ordinateur n&apos;ouvre plus ce profil. Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The keychain did not give the remembered key: %1 Enter the passphrase.</source>
        <translation>Le trousseau de clés n&apos;a pas fourni la clé mémorisée&#xa0;: %1 Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>The profile could not be remembered on this computer: %1
The passphrase will be asked at each start.</source>
        <translation>Le profil n&apos;a pas pu être mémorisé sur cet ordinateur&#xa0;: %1
La phrase secrète sera demandée à chaque démarrage.</translation>
    </message>
    <message>
        <source>The key remembered on this computer could not be forgotten: %1</source>
        <translation>La clé mémorisée sur cet ordinateur n&apos;a pas pu être effacée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keychain: remembered on this computer</source>
        <translation>Trousseau de clés&#xa0;: profil mémorisé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Relais opens this profile without asking for the passphrase on this computer. Untick &quot;Remember on this computer&quot; at the next unlock to stop.</source>
        <translation>Sur cet ordinateur, Relais ouvre ce profil sans demander la phrase secrète. Pour ne plus le faire, décochez «&#xa0;Mémoriser sur cet ordinateur&#xa0;» au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Keychain: not available — passphrase asked at each start</source>
        <translation>Trousseau de clés&#xa0;: indisponible — phrase secrète demandée à chaque démarrage</translation>
    </message>
    <message>
        <source>Passphrase asked at each start</source>
        <translation>Phrase secrète demandée à chaque démarrage</translation>
    </message>
    <message>
        <source>Sign-up kiosk</source>
        <translation>Borne d&apos;inscription</translation>
    </message>
    <message>
        <source>Name of the event (it is recorded with each sign-up):</source>
        <translation>Nom de l&apos;événement (il sera enregistré avec chaque inscription)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Relais locked itself after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Relais s&apos;est verrouillé après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Relais s&apos;est verrouillé après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relais locked itself after a while without activity.</source>
        <translation>Relais s&apos;est verrouillé après un moment d&apos;inactivité.</translation>
    </message>
</context>
<context>
    <name>relais::AudienceEditor</name>
    <message>
        <source>Save this audience…</source>
        <translation>Enregistrer ce public…</translation>
    </message>
    <message>
        <source>The newsletter goes to the contacts of the ticked zones</source>
        <translation>La lettre part aux contacts des zones cochées</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes étiquettes</translation>
    </message>
    <message>
        <source>No tag left out</source>
        <translation>Aucune étiquette exclue</translation>
    </message>
    <message>
        <source>Use an audience saved earlier</source>
        <translation>Reprendre un public enregistré</translation>
    </message>
    <message>
        <source>Keep this audience under a name, to use it again for other newsletters</source>
        <translation>Garder ce public sous un nom, pour le réutiliser dans d&apos;autres lettres</translation>
    </message>
    <message>
        <source>Counted in the contacts on this computer: only those who agreed to receive e-mails and have an address.</source>
        <translation>Compté parmi les contacts de cet ordinateur&#xa0;: seulement ceux qui ont accepté de recevoir des e-mails et ont une adresse.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Saved audiences</source>
        <translation>Publics enregistrés</translation>
    </message>
    <message>
        <source>With at least one of these tags</source>
        <translation>Avec au moins une de ces étiquettes</translation>
    </message>
    <message>
        <source>Leave empty for everyone, whatever their tags.</source>
        <translation>Laissez vide pour tout le monde, quelles que soient les étiquettes.</translation>
    </message>
    <message>
        <source>Without these tags</source>
        <translation>Sans ces étiquettes</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>None ticked: members or not, everyone.</source>
        <translation>Rien de coché&#xa0;: adhérents ou non, tout le monde.</translation>
    </message>
    <message>
        <source>No zone chosen</source>
        <translation>Aucune zone choisie</translation>
    </message>
    <message>
        <source>The recipients could not be counted: %1</source>
        <translation>Les destinataires n&apos;ont pas pu être comptés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tick at least one zone</source>
        <translation>Cochez au moins une zone</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s count appears here when you are connected.</source>
        <translation>Le décompte du serveur s&apos;affiche ici quand vous êtes connecté.</translation>
    </message>
    <message>
        <source>According to the server: counting…</source>
        <translation>Selon le serveur&#xa0;: décompte en cours…</translation>
    </message>
    <message numerus="yes">
        <source>According to the server: %Ln recipient(s)</source>
        <translation>
            <numerusform>Selon le serveur&#xa0;: %Ln destinataire</numerusform>
            <numerusform>Selon le serveur&#xa0;: %Ln destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refuses to count: you may not send newsletters to this zone.</source>
        <translation>Le serveur refuse de compter&#xa0;: vous ne pouvez pas envoyer de lettres à cette zone.</translation>
    </message>
    <message>
        <source>The server could not count: %1</source>
        <translation>Le serveur n&apos;a pas pu compter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a saved audience…</source>
        <translation>Choisir un public enregistré…</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <source>Give the audience a name.</source>
        <translation>Donnez un nom à ce public.</translation>
    </message>
    <message>
        <source>Save the audience</source>
        <translation>Enregistrer le public</translation>
    </message>
    <message>
        <source>Name of this audience (for example “Young members of the Rhône”):</source>
        <translation>Nom de ce public (par exemple «&#xa0;Jeunes adhérents du Rhône&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>The audience could not be saved: %1</source>
        <translation>Le public n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>relais::AuthClient</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu comme fiable.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server refused to sign in (%1).</source>
        <translation>Le serveur a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>Signing in is remembered until Relais closes.</source>
        <translation>La connexion est conservée jusqu&apos;à la fermeture de Relais.</translation>
    </message>
    <message>
        <source>The server&apos;s session cannot be kept in the keychain.</source>
        <translation>La session du serveur ne peut pas être conservée dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>relais::CallCampaignEditor</name>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>e.g. Calls to supporters before the regional vote</source>
        <translation>ex. Appels aux sympathisants avant les régionales</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The campaign belongs to this zone: the zones where you may manage call sessions</source>
        <translation>La campagne appartient à cette zone&#xa0;: les zones où vous pouvez organiser des sessions d&apos;appels</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Volunteers get contacts only from an active campaign</source>
        <translation>Les bénévoles ne reçoivent des contacts que d&apos;une campagne active</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>usernames of the volunteers, Enter after each</source>
        <translation>identifiants des bénévoles, Entrée après chacun</translation>
    </message>
    <message>
        <source>The accounts that may call for this campaign (volunteers may also join with an invitation code)</source>
        <translation>Les comptes qui peuvent appeler pour cette campagne (les bénévoles peuvent aussi la rejoindre avec un code d&apos;invitation)</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Who is called</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>Contacts of the ticked zones, with a phone number and phone consent</source>
        <translation>Les contacts des zones cochées, avec un numéro de téléphone et le consentement au téléphone</translation>
    </message>
    <message>
        <source>any contact</source>
        <translation>tous les contacts</translation>
    </message>
    <message>
        <source>none left out</source>
        <translation>aucun exclu</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Zones&#xa0;:</translation>
    </message>
    <message>
        <source>With one of the tags:</source>
        <translation>Avec l&apos;une des étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Without the tags:</source>
        <translation>Sans les étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Adhésion&#xa0;:</translation>
    </message>
    <message>
        <source>None ticked: every status. Only contacts with a phone number and phone consent are called; the server builds the list when the campaign is saved.</source>
        <translation>Aucune case cochée&#xa0;: tous les statuts. Seuls les contacts ayant un numéro de téléphone et le consentement au téléphone sont appelés&#xa0;; le serveur établit la liste à l&apos;enregistrement de la campagne.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Argumentaire</translation>
    </message>
    <message>
        <source>What the volunteer says, in Markdown: “Bonjour {{first_name|}}, je vous appelle de la part de…”</source>
        <translation>Ce que dit le bénévole, en Markdown&#xa0;: «&#xa0;Bonjour {{prenom|}}, je vous appelle de la part de…&#xa0;»</translation>
    </message>
    <message>
        <source>Insert a personal field</source>
        <translation>Insérer un champ personnalisé</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>%1  {{%2}}</source>
        <translation>%1  {{%2}}</translation>
    </message>
    <message>
        <source>The server fills them in for each person called.</source>
        <translation>Le serveur les remplit pour chaque personne appelée.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Choices (separated by ;)</source>
        <translation>Choix (séparés par&#xa0;;)</translation>
    </message>
    <message>
        <source>Calling hours and rules</source>
        <translation>Horaires et règles d&apos;appel</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>(Paris time)</source>
        <translation>(heure de Paris)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>After this many calls without a final answer, the person is no longer called</source>
        <translation>Après ce nombre d&apos;appels sans réponse définitive, la personne n&apos;est plus appelée</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a busy line or a voicemail, wait this long before calling again</source>
        <translation>Après une ligne occupée ou une messagerie, attendre ce délai avant de rappeler</translation>
    </message>
    <message>
        <source>How long a contact stays reserved for the volunteer who took it</source>
        <translation>Combien de temps un contact reste réservé au bénévole qui l&apos;a pris</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Pas d&apos;objectif</translation>
    </message>
    <message>
        <source>The number of completed calls aimed at</source>
        <translation>Le nombre d&apos;appels aboutis visé</translation>
    </message>
    <message>
        <source>&amp;Retry after:</source>
        <translation>&amp;Rappeler après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attempts at most:</source>
        <translation>Tentatives au &amp;plus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;eserved for:</source>
        <translation>Réser&amp;vé pendant&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (all of it)</source>
        <translation>%1 (en entier)</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Un seul choix</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Plusieurs choix</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Réponse écrite</translation>
    </message>
    <message>
        <source>Madame, Monsieur</source>
        <comment>fallback when the first name is unknown</comment>
        <translation>Madame, Monsieur</translation>
    </message>
    <message>
        <source>New call campaign</source>
        <translation>Nouvelle campagne d&apos;appels</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Aucune campagne sélectionnée</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>Choose a zone: your account may not manage call sessions in any zone.</source>
        <translation>Choisissez une zone&#xa0;: votre compte ne peut organiser de sessions d&apos;appels dans aucune zone.</translation>
    </message>
    <message>
        <source>Tick at least one zone to call.</source>
        <translation>Cochez au moins une zone à appeler.</translation>
    </message>
    <message>
        <source>Write the script the volunteers will read.</source>
        <translation>Écrivez l&apos;argumentaire que liront les bénévoles.</translation>
    </message>
    <message>
        <source>Question %1: its id must be 1 to 32 lowercase letters, digits or _ (e.g. vote_intent).</source>
        <translation>Question %1&#xa0;: son identifiant doit compter de 1 à 32 minuscules, chiffres ou _ (ex. intention_vote).</translation>
    </message>
    <message>
        <source>Question %1: the id “%2” is used twice.</source>
        <translation>Question %1&#xa0;: l&apos;identifiant «&#xa0;%2&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>Question %1: write the question.</source>
        <translation>Question %1&#xa0;: écrivez la question.</translation>
    </message>
    <message>
        <source>Question %1: give 2 to 20 choices, separated by “;”.</source>
        <translation>Question %1&#xa0;: donnez de 2 à 20 choix, séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>Tick at least one calling day.</source>
        <translation>Cochez au moins un jour d&apos;appel.</translation>
    </message>
    <message>
        <source>The calling hours must end after they start.</source>
        <translation>Les horaires d&apos;appel doivent finir après leur début.</translation>
    </message>
    <message>
        <source>You may not change call campaigns of this zone: it is shown read-only.</source>
        <translation>Vous ne pouvez pas modifier les campagnes d&apos;appels de cette zone&#xa0;: elle est affichée en lecture seule.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync.</source>
        <translation>Enregistrée sur cet ordinateur&#xa0;; envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation>Aucune campagne n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>You may not change call campaigns of this zone.</source>
        <translation>Vous ne pouvez pas modifier les campagnes d&apos;appels de cette zone.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
</context>
<context>
    <name>relais::CallLiveView</name>
    <message>
        <source>Completed</source>
        <translation>Abouti</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Rappeler plus tard</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Ne plus appeler</translation>
    </message>
    <message>
        <source>Export answers (CSV)…</source>
        <translation>Exporter les réponses (CSV)…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>Appels passés</translation>
    </message>
    <message>
        <source>Completed calls</source>
        <translation>Appels aboutis</translation>
    </message>
    <message>
        <source>Left to call</source>
        <translation>Reste à appeler</translation>
    </message>
    <message>
        <source>With volunteers now</source>
        <translation>Chez les bénévoles</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Appels par heure</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats des appels</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>En main</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Réponses au questionnaire</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source> uses</source>
        <translation> utilisations</translation>
    </message>
    <message>
        <source>How many volunteers may join with the code</source>
        <translation>Combien de bénévoles peuvent rejoindre la campagne avec ce code</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>Combien de temps le code reste valable</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>Aucune campagne sélectionnée</translation>
    </message>
    <message>
        <source>(unnamed campaign)</source>
        <translation>(campagne sans nom)</translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation>Pas encore sur le serveur</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Demande au serveur…</translation>
    </message>
    <message>
        <source>Connect to see the campaign live</source>
        <translation>Connectez-vous pour suivre la campagne en direct</translation>
    </message>
    <message>
        <source>Only organisers of this zone see its figures</source>
        <translation>Seuls les organisateurs de cette zone voient ses chiffres</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Pas mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 % reached someone</source>
        <translation>%1 % ont abouti</translation>
    </message>
    <message>
        <source>no call yet</source>
        <translation>pas encore d&apos;appel</translation>
    </message>
    <message>
        <source>goal of %1 reached</source>
        <translation>objectif de %1 atteint</translation>
    </message>
    <message>
        <source>of a goal of %1</source>
        <translation>sur un objectif de %1</translation>
    </message>
    <message>
        <source>no goal set</source>
        <translation>pas d&apos;objectif fixé</translation>
    </message>
    <message>
        <source>of %1 people; %2 done</source>
        <translation>sur %1 personnes&#xa0;; %2 terminées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s) calling</source>
        <translation>
            <numerusform>%Ln bénévole en train d&apos;appeler</numerusform>
            <numerusform>%Ln bénévoles en train d&apos;appeler</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Other outcomes</source>
        <translation>Autres résultats</translation>
    </message>
    <message>
        <source>Share of all the campaign&apos;s calls</source>
        <translation>Part de tous les appels de la campagne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written answer(s)</source>
        <translation>
            <numerusform>%Ln réponse écrite</numerusform>
            <numerusform>%Ln réponses écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Choisissez d&apos;abord une campagne.</translation>
    </message>
    <message>
        <source>Exporting the answers needs the contacts.export permission on the campaign&apos;s zone.</source>
        <translation>Exporter les réponses demande le droit contacts.export sur la zone de la campagne.</translation>
    </message>
    <message>
        <source>The export goes through the server, which checks your permissions and records it in its audit log: connect to the server to export.</source>
        <translation>L&apos;export passe par le serveur, qui vérifie vos droits et l&apos;inscrit dans son journal d&apos;audit&#xa0;: connectez-vous au serveur pour exporter.</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>Un export est en cours.</translation>
    </message>
    <message>
        <source>Download the results with the contacts&apos; names, phones and answers as a CSV file; the server records the export in its audit log</source>
        <translation>Télécharger les résultats avec les noms, téléphones et réponses des contacts dans un fichier CSV&#xa0;; le serveur inscrit l&apos;export dans son journal d&apos;audit</translation>
    </message>
    <message>
        <source>Create a code volunteers type in Relais to join this campaign&apos;s team</source>
        <translation>Créer un code que les bénévoles saisissent dans Relais pour rejoindre l&apos;équipe de cette campagne</translation>
    </message>
    <message>
        <source>Invitation codes come from the server: connect, and sync the campaign first</source>
        <translation>Les codes d&apos;invitation viennent du serveur&#xa0;: connectez-vous et synchronisez d&apos;abord la campagne</translation>
    </message>
    <message>
        <source>Downloading the answers from the server…</source>
        <translation>Téléchargement des réponses depuis le serveur…</translation>
    </message>
    <message>
        <source>The server refused the export: it needs calls.manage and contacts.export on the campaign&apos;s zone.</source>
        <translation>Le serveur a refusé l&apos;export&#xa0;: il faut calls.manage et contacts.export sur la zone de la campagne.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>call-answers-%1.csv</source>
        <translation>reponses-appels-%1.csv</translation>
    </message>
    <message>
        <source>Export the answers</source>
        <translation>Exporter les réponses</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) saved to %1</source>
        <translation>
            <numerusform>%Ln résultat enregistré dans %1</numerusform>
            <numerusform>%Ln résultats enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No code: %1</source>
        <translation>Pas de code&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent no code.</source>
        <translation>Le serveur n&apos;a envoyé aucun code.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-family: monospace; font-size: large&quot;&gt;%1&lt;/b&gt; — valid until %2; shown only once, write it down</source>
        <translation>&lt;b style=&quot;font-family: monospace; font-size: large&quot;&gt;%1&lt;/b&gt; — valable jusqu&apos;au %2 ; affiché une seule fois, notez-le</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
</context>
<context>
    <name>relais::CallPage</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>My call sessions</source>
        <translation>Mes sessions d&apos;appels</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Horaires d&apos;appel</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>En main</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <source>A code from an organiser: it adds you to the campaign&apos;s team</source>
        <translation>Un code donné par un organisateur&#xa0;: il vous ajoute à l&apos;équipe de la campagne</translation>
    </message>
    <message>
        <source>Organise a new phone-bank campaign</source>
        <translation>Organiser une nouvelle campagne d&apos;appels</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>(unnamed campaign)</source>
        <translation>(campagne sans nom)</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>objectif %1</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Pas encore sur le serveur</translation>
    </message>
    <message>
        <source>The server&apos;s list of your call sessions is not available: %1</source>
        <translation>La liste de vos sessions d&apos;appels n&apos;est pas disponible sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 aboutis sur %2</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 aboutis</translation>
    </message>
    <message numerus="yes">
        <source>you: %Ln call(s)</source>
        <translation>
            <numerusform>vous&#xa0;: %Ln appel</numerusform>
            <numerusform>vous&#xa0;: %Ln appels</numerusform>
        </translation>
    </message>
    <message>
        <source>(connect for the figures)</source>
        <translation>(connectez-vous pour les chiffres)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>ouvre le %1</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>fermée pour le moment</translation>
    </message>
    <message>
        <source>People reserved for you on this computer, not called yet</source>
        <translation>Personnes qui vous sont réservées sur cet ordinateur, pas encore appelées</translation>
    </message>
    <message>
        <source>Start calling</source>
        <translation>Commencer les appels</translation>
    </message>
    <message>
        <source>You are in no call session. An organiser can add you to a team, or give you an invitation code.</source>
        <translation>Vous ne faites partie d&apos;aucune session d&apos;appels. Un organisateur peut vous ajouter à une équipe ou vous donner un code d&apos;invitation.</translation>
    </message>
    <message>
        <source>No call session on this computer. Connect to the server to see yours.</source>
        <translation>Aucune session d&apos;appels sur cet ordinateur. Connectez-vous au serveur pour voir les vôtres.</translation>
    </message>
    <message>
        <source>Offline: the people reserved for you can be called; results are sent at the next sync.</source>
        <translation>Hors ligne&#xa0;: vous pouvez appeler les personnes qui vous sont réservées&#xa0;; les résultats partent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Type the invitation code an organiser gave you.</source>
        <translation>Saisissez le code d&apos;invitation qu&apos;un organisateur vous a donné.</translation>
    </message>
    <message>
        <source>Joining a team needs the server: connect first.</source>
        <translation>Rejoindre une équipe passe par le serveur&#xa0;: connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>This code is not valid (or no longer).</source>
        <translation>Ce code n&apos;est pas (ou plus) valable.</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Équipe non rejointe&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are now in the team of “%1”.</source>
        <translation>Vous faites maintenant partie de l&apos;équipe de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>relais::CertificateProbe</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>Le serveur n&apos;a présenté aucun certificat.</translation>
    </message>
</context>
<context>
    <name>relais::ConflictsPage</name>
    <message>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Garder la valeur actuelle</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Prendre l&apos;autre valeur</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Other value by</source>
        <translation>Autre valeur par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>The value the server kept stays; the other one is dropped</source>
        <translation>La valeur gardée par le serveur reste ; l&apos;autre est abandonnée</translation>
    </message>
    <message>
        <source>The other value replaces the current one, on every computer at the next sync</source>
        <translation>L&apos;autre valeur remplace la valeur actuelle, sur tous les ordinateurs à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Autres e-mails</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Autres téléphones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent by email</source>
        <translation>Consentement par e-mail</translation>
    </message>
    <message>
        <source>Consent by phone</source>
        <translation>Consentement par téléphone</translation>
    </message>
    <message>
        <source>Consent by SMS</source>
        <translation>Consentement par SMS</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes, agrees</source>
        <translation>Oui, d&apos;accord</translation>
    </message>
    <message>
        <source>No, refuses</source>
        <translation>Non, refuse</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Pas demandé</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Sympathisant</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ancien adhérent</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>(contact not here)</source>
        <translation>(contact absent ici)</translation>
    </message>
    <message>
        <source>No conflicts: every change made here and elsewhere could be merged.</source>
        <translation>Aucun conflit : toutes les modifications faites ici et ailleurs ont pu être fusionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed both here and elsewhere since the last sync. The current value is the one the server received first; choose, field by field, which value to keep.</source>
        <translation>
            <numerusform>%n champ a été modifié ici et ailleurs depuis la dernière synchronisation. La valeur actuelle est celle que le serveur a reçue en premier ; choisissez, champ par champ, la valeur à garder.</numerusform>
            <numerusform>%n champs ont été modifiés ici et ailleurs depuis la dernière synchronisation. La valeur actuelle est celle que le serveur a reçue en premier ; choisissez, champ par champ, la valeur à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Le conflit n&apos;a pas pu être résolu : %1</translation>
    </message>
</context>
<context>
    <name>relais::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Relais server keeps the contacts of your zone and shares your changes with your team. Ask your administrator for its address and your account.</source>
        <translation>Le serveur Relais de votre organisation conserve les contacts de votre zone et partage vos modifications avec votre équipe. Demandez son adresse et votre compte à votre administrateur.</translation>
    </message>
    <message>
        <source>https://relais.example.org</source>
        <translation>https://relais.exemple.org</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Compare it, character by character, with the fingerprint your administrator gave you (printed by the server when it was set up). Trust it only if they are identical: otherwise someone may be listening in between.</source>
        <translation>Comparez-la, caractère par caractère, avec l&apos;empreinte donnée par votre administrateur (affichée par le serveur lors de son installation). Faites-lui confiance seulement si elles sont identiques : sinon quelqu&apos;un écoute peut-être entre les deux.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://relais.example.org (only https is accepted).</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://relais.exemple.org (seul https est accepté).</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server %1 presents a certificate that no authority known to this computer vouches for (a self-signed certificate, common for an organisation&apos;s own server). Its SHA-256 fingerprint is:</source>
        <translation>Le serveur %1 présente un certificat qu&apos;aucune autorité connue de cet ordinateur ne garantit (un certificat auto-signé, courant pour le serveur propre d&apos;une organisation). Son empreinte SHA-256 est :</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>relais::ContactEditor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Select a contact in the list to see and edit it,
or click “New contact”.</source>
        <translation>Sélectionnez un contact dans la liste pour l&apos;afficher et le modifier,
ou cliquez sur «&#xa0;Nouveau contact&#xa0;».</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>How to address the person, e.g. Mme or M.</source>
        <translation>Comment s&apos;adresser à la personne, par exemple Mme ou M.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Several? Separate them with commas</source>
        <translation>Plusieurs&#xa0;? Séparez-les par des virgules</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>p. ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Number and street</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <source>69001</source>
        <translation>69001</translation>
    </message>
    <message>
        <source>Postal code (5 digits)</source>
        <translation>Code postal (5 chiffres)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Civilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Other emails:</source>
        <translation>Autres e-mails&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Autres téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Code p&amp;ostal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Membership:</source>
        <translation>Ad&amp;hésion&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consentement à être contacté</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Yes, agrees</source>
        <translation>Oui, accepte</translation>
    </message>
    <message>
        <source>No, refuses</source>
        <translation>Non, refuse</translation>
    </message>
    <message>
        <source>By email:</source>
        <translation>Par e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>By phone:</source>
        <translation>Par téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>By SMS:</source>
        <translation>Par SMS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Note&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>No commune has this postal code</source>
        <translation>Aucune commune n&apos;a ce code postal</translation>
    </message>
    <message>
        <source>Type the postal code first</source>
        <translation>Saisissez d&apos;abord le code postal</translation>
    </message>
    <message numerus="yes">
        <source>Choose among %n communes</source>
        <translation>
            <numerusform>%n commune possible</numerusform>
            <numerusform>Choisissez parmi %n communes</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>Dernière modification le %1.</translation>
    </message>
    <message>
        <source>Last changed on %1 by %2.</source>
        <translation>Dernière modification le %1 par %2.</translation>
    </message>
    <message>
        <source>Not sent to the server yet.</source>
        <translation>Pas encore envoyé au serveur.</translation>
    </message>
    <message>
        <source>Given on %1 — source: %2</source>
        <translation>Donné le %1 — source&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refused on %1 — source: %2</source>
        <translation>Refusé le %1 — source&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Please correct what is shown in red.</source>
        <translation>Veuillez corriger ce qui est indiqué en rouge.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>%1 already has this email address or phone number.

Save a new contact anyway?</source>
        <translation>%1 a déjà cette adresse e-mail ou ce numéro de téléphone.

Enregistrer quand même un nouveau contact&#xa0;?</translation>
    </message>
    <message>
        <source>Type the date as in %1.</source>
        <translation>Saisissez la date sous la forme %1.</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation>Contact non enregistré</translation>
    </message>
    <message>
        <source>The contact could not be saved. Nothing was changed.

%1</source>
        <translation>Le contact n&apos;a pas pu être enregistré. Rien n&apos;a été modifié.

%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>relais::ContactListModel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Non adhérent</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Sympathisant</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ancien adhérent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>list name: last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis le %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>How the contact agreed to be contacted: by email, phone or SMS</source>
        <translation>Comment le contact accepte d&apos;être contacté&#xa0;: par e-mail, téléphone ou SMS</translation>
    </message>
    <message>
        <source>Agrees to</source>
        <translation>Accepte</translation>
    </message>
</context>
<context>
    <name>relais::CrmPage</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Search names, emails, phones, communes…</source>
        <translation>Rechercher un nom, un e-mail, un téléphone, une commune…</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F). Press Down to go to the list.</source>
        <translation>La recherche se fait pendant la saisie (Ctrl+F). Appuyez sur Flèche bas pour aller dans la liste.</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Ajouter un contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Only the contacts of a region</source>
        <translation>Uniquement les contacts d&apos;une région</translation>
    </message>
    <message>
        <source>Only the contacts of a department</source>
        <translation>Uniquement les contacts d&apos;un département</translation>
    </message>
    <message>
        <source>Only the contacts with a tag</source>
        <translation>Uniquement les contacts portant une étiquette</translation>
    </message>
    <message>
        <source>Only the contacts who agreed to be contacted this way</source>
        <translation>Uniquement les contacts qui acceptent d&apos;être contactés de cette façon</translation>
    </message>
    <message>
        <source>Only the contacts with this membership</source>
        <translation>Uniquement les contacts ayant ce statut d&apos;adhésion</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Tous les consentements</translation>
    </message>
    <message>
        <source>Accepts emails</source>
        <translation>Accepte les e-mails</translation>
    </message>
    <message>
        <source>Accepts phone calls</source>
        <translation>Accepte les appels</translation>
    </message>
    <message>
        <source>Accepts SMS</source>
        <translation>Accepte les SMS</translation>
    </message>
    <message>
        <source>Any membership</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>All its departments</source>
        <translation>Tous ses départements</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>department number – name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>ce nouveau contact</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes made to %1?</source>
        <translation>Enregistrer les modifications apportées à %1&#xa0;?</translation>
    </message>
    <message>
        <source>No contacts yet.
Click “New contact” to add one, or import a CSV file from the File menu.</source>
        <translation>Aucun contact pour l&apos;instant.
Cliquez sur «&#xa0;Nouveau contact&#xa0;» pour en ajouter un, ou importez un fichier CSV depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>No contact matches your search and filters.
Check the spelling, or clear the filters.</source>
        <translation>Aucun contact ne correspond à votre recherche et à vos filtres.
Vérifiez l&apos;orthographe ou effacez les filtres.</translation>
    </message>
</context>
<context>
    <name>relais::CsvDocument</name>
    <message>
        <source>Unterminated quoted field</source>
        <translation>Champ entre guillemets non refermé</translation>
    </message>
    <message>
        <source>Unexpected character after a closing quote</source>
        <translation>Caractère inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>Quote inside an unquoted field</source>
        <translation>Guillemet dans un champ qui n&apos;est pas entre guillemets</translation>
    </message>
</context>
<context>
    <name>relais::ImportWizard</name>
    <message>
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Email consent (yes/no)</source>
        <translation>Consentement e-mail (oui/non)</translation>
    </message>
    <message>
        <source>Phone consent (yes/no)</source>
        <translation>Consentement téléphone (oui/non)</translation>
    </message>
    <message>
        <source>SMS consent (yes/no)</source>
        <translation>Consentement SMS (oui/non)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisissez un fichier CSV</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV (comma or semicolon separated), with column names on the first line.</source>
        <translation>Un tableur enregistré au format CSV (séparateur virgule ou point-virgule), avec le nom des colonnes sur la première ligne.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associez les colonnes</translation>
    </message>
    <message>
        <source>Relais guessed what each column holds from its name. Check and correct if needed.</source>
        <translation>Relais a deviné le contenu de chaque colonne d&apos;après son nom. Vérifiez et corrigez si besoin.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Duplicates and preview</source>
        <translation>Doublons et aperçu</translation>
    </message>
    <message>
        <source>A person already in Relais is recognised by the same email address or the same phone number.</source>
        <translation>Une personne déjà présente dans Relais est reconnue à son adresse e-mail ou à son numéro de téléphone.</translation>
    </message>
    <message>
        <source>Update them with the values of the file (nothing already stored is erased)</source>
        <translation>Les mettre à jour avec les valeurs du fichier (rien de ce qui est déjà enregistré n&apos;est effacé)</translation>
    </message>
    <message>
        <source>Skip them: keep what Relais has</source>
        <translation>Les ignorer&#xa0;: garder ce que Relais contient déjà</translation>
    </message>
    <message>
        <source>Create them anyway as new contacts</source>
        <translation>Les créer quand même comme nouveaux contacts</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Facultatives, séparées par des virgules</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Already known people:</source>
        <translation>Personnes déjà connues&#xa0;:</translation>
    </message>
    <message>
        <source>Source (kept with consents):</source>
        <translation>Source (conservée avec les consentements)&#xa0;:</translation>
    </message>
    <message>
        <source>Add these tags:</source>
        <translation>Ajouter ces étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>The first lines, as they will be imported:</source>
        <translation>Les premières lignes, telles qu&apos;elles seront importées&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Save the rejected lines with their reasons…</source>
        <translation>Enregistrer les lignes rejetées avec leurs motifs…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is larger than 512 MB; split it into several files.</source>
        <translation>Le fichier dépasse 512 Mo&#xa0;; découpez-le en plusieurs fichiers.</translation>
    </message>
    <message>
        <source>The file is empty or has no column names on its first line.</source>
        <translation>Le fichier est vide ou n&apos;a pas de noms de colonnes sur sa première ligne.</translation>
    </message>
    <message>
        <source>The file has column names but no contact lines.</source>
        <translation>Le fichier contient des noms de colonnes, mais aucune ligne de contact.</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import&#xa0;: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of contacts, %1 columns, separator &quot;%2&quot;, encoding %3.</source>
        <translation>
            <numerusform>%n ligne de contacts, %1 colonnes, séparateur «&#xa0;%2&#xa0;», encodage %3.</numerusform>
            <numerusform>%n lignes de contacts, %1 colonnes, séparateur «&#xa0;%2&#xa0;», encodage %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are malformed and will be reported, not imported.</source>
        <translation>
            <numerusform>%n ligne est mal formée&#xa0;: elle sera signalée, mais pas importée.</numerusform>
            <numerusform>%n lignes sont mal formées&#xa0;: elles seront signalées, mais pas importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Choose at least one column holding a name, an email address or a phone number.</source>
        <translation>Choisissez au moins une colonne contenant un nom, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is chosen for two columns; keep it for one only.</source>
        <translation>«&#xa0;%1&#xa0;» est choisi pour deux colonnes&#xa0;; gardez-le pour une seule.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) created, </source>
        <translation>
            <numerusform>%n contact créé, </numerusform>
            <numerusform>%n contacts créés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n mis à jour, </numerusform>
            <numerusform>%n mis à jour, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known and skipped, </source>
        <translation>
            <numerusform>%n déjà connu et ignoré, </numerusform>
            <numerusform>%n déjà connus et ignorés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected.</source>
        <translation>
            <numerusform>%n ligne rejetée.</numerusform>
            <numerusform>%n lignes rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected lines</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rejets.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Pourquoi elle n’a pas été importée</translation>
    </message>
</context>
<context>
    <name>relais::KioskWindow</name>
    <message>
        <source>Sign up — %1</source>
        <translation>Inscription — %1</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Sign up to stay in touch.</source>
        <translation>Inscrivez-vous pour garder le contact.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>I agree to be contacted by:</source>
        <translation>J&apos;accepte que l&apos;on me contacte par&#xa0;:</translation>
    </message>
    <message>
        <source>Email (news and invitations)</source>
        <translation>E-mail (actualités et invitations)</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Appels téléphoniques</translation>
    </message>
    <message>
        <source>Text messages (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Nothing is ticked for you. Your details are kept by the organisers of this event and used only to keep in touch with you; you can withdraw your consent at any time, and ask to see or erase your details.</source>
        <translation>Rien n&apos;est coché à votre place. Vos coordonnées sont conservées par les organisateurs de cet événement et servent uniquement à garder le contact avec vous&#xa0;; vous pouvez retirer votre consentement à tout moment, et demander à consulter ou à effacer vos données.</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Je m&apos;inscris</translation>
    </message>
    <message>
        <source>Your sign-up is saved. See you soon!</source>
        <translation>Votre inscription est bien enregistrée. À bientôt&#xa0;!</translation>
    </message>
    <message>
        <source>Next sign-up</source>
        <translation>Inscription suivante</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Only the organisers can leave the kiosk: enter the passphrase of the profile.</source>
        <translation>Seuls les organisateurs peuvent quitter la borne&#xa0;: saisissez la phrase secrète du profil.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>Sign-ups cannot be saved right now: the profile is locked. Please ask an organiser.</source>
        <translation>Les inscriptions ne peuvent pas être enregistrées pour le moment&#xa0;: le profil est verrouillé. Merci de vous adresser à un organisateur.</translation>
    </message>
    <message>
        <source>Please tell us your name.</source>
        <translation>Merci d&apos;indiquer votre nom.</translation>
    </message>
    <message>
        <source>Please give an email address or a phone number so that we can keep in touch.</source>
        <translation>Merci d&apos;indiquer une adresse e-mail ou un numéro de téléphone pour que nous puissions garder le contact.</translation>
    </message>
    <message>
        <source>To receive news by email, please give your email address.</source>
        <translation>Pour recevoir des nouvelles par e-mail, merci d&apos;indiquer votre adresse e-mail.</translation>
    </message>
    <message>
        <source>To be called or to receive text messages, please give your phone number.</source>
        <translation>Pour que l&apos;on puisse vous appeler ou vous envoyer des SMS, merci d&apos;indiquer votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved: %1 Please try again or ask an organiser.</source>
        <translation>Votre inscription n&apos;a pas pu être enregistrée&#xa0;: %1 Veuillez réessayer ou vous adresser à un organisateur.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Merci, %1&#xa0;!</translation>
    </message>
    <message>
        <source>Wrong passphrase. The kiosk stays open.</source>
        <translation>Phrase secrète incorrecte. La borne reste ouverte.</translation>
    </message>
</context>
<context>
    <name>relais::MainWindow</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Relais — %1</source>
        <translation>Relais — %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search and edit your contacts</source>
        <translation>Rechercher et modifier vos contacts</translation>
    </message>
    <message>
        <source>Event kiosk</source>
        <translation>Borne d&apos;inscription</translation>
    </message>
    <message>
        <source>Full-screen sign-up form for an event: visitors enter their own details</source>
        <translation>Formulaire d&apos;inscription en plein écran pour un événement&#xa0;: les visiteurs saisissent eux-mêmes leurs coordonnées</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import contacts from CSV…</source>
        <translation>&amp;Importer des contacts depuis un fichier CSV…</translation>
    </message>
    <message>
        <source>&amp;Export the current list to CSV…</source>
        <translation>&amp;Exporter la liste affichée en CSV…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the profile: its passphrase is needed to open it again</source>
        <translation>Fermer le profil&#xa0;: sa phrase secrète sera nécessaire pour le rouvrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation>À &amp;propos de Relais</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) match</source>
        <translation>
            <numerusform>%Ln contact correspondant</numerusform>
            <numerusform>%Ln contacts correspondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in total</source>
        <translation>
            <numerusform>%Ln au total</numerusform>
            <numerusform>%Ln au total</numerusform>
        </translation>
    </message>
    <message>
        <source>About Relais</source>
        <translation>À propos de Relais</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relais %1&lt;/h3&gt;&lt;p&gt;Contacts, mobilisation and events for political organisations, even without a network.&lt;/p&gt;&lt;p&gt;Your contacts are stored encrypted on this computer and shared with your organisation&apos;s server when a connection is available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relais %1&lt;/h3&gt;&lt;p&gt;Contacts, mobilisation et événements pour les organisations politiques, même sans connexion réseau.&lt;/p&gt;&lt;p&gt;Vos contacts sont stockés chiffrés sur cet ordinateur et partagés avec le serveur de votre organisation dès qu&apos;une connexion est disponible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>The current list is empty: there is nothing to export.</source>
        <translation>La liste affichée est vide&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>relais-contacts-%1.csv</source>
        <translation>relais-contacts-%1.csv</translation>
    </message>
    <message>
        <source>Export the current list</source>
        <translation>Exporter la liste affichée</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The file %1 could not be written:
%2

Nothing was exported.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit&#xa0;:
%2

Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln contact exporté vers %1.</numerusform>
            <numerusform>%Ln contacts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds personal data in clear: keep it safe and delete it when you no longer need it.</source>
        <translation>Ce fichier contient des données personnelles en clair&#xa0;: conservez-le en lieu sûr et supprimez-le dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Autres e-mails</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Autres téléphones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Consentement e-mail</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Consentement téléphone</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>Consentement SMS</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Export des contacts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Fields changed both here and elsewhere: choose which value to keep</source>
        <translation>Champs modifiés ici et ailleurs : choisissez la valeur à garder</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Sync this profile with your organisation&apos;s Relais server</source>
        <translation>Synchroniser ce profil avec le serveur Relais de votre organisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Show &amp;conflicts</source>
        <translation>Afficher les &amp;conflits</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Lettres d&apos;information</translation>
    </message>
    <message>
        <source>Write newsletters and send them to the contacts of your zones</source>
        <translation>Rédiger des lettres d&apos;information et les envoyer aux contacts de vos zones</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Pétitions</translation>
    </message>
    <message>
        <source>Write petitions, follow their signatures and export them</source>
        <translation>Rédiger des pétitions, suivre leurs signatures et les exporter</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Phone banking: organise call campaigns, or call the people reserved for you</source>
        <translation>Phoning&#xa0;: organiser des campagnes d&apos;appels, ou appeler les personnes qui vous sont réservées</translation>
    </message>
    <message>
        <source>Proxy votes</source>
        <translation>Procurations</translation>
    </message>
    <message>
        <source>Procurations: match the voters who cannot vote with volunteers who will vote for them</source>
        <translation>Procurations : mettre en relation les électeurs empêchés de voter avec des volontaires qui voteront pour eux</translation>
    </message>
</context>
<context>
    <name>relais::NewsletterEditor</name>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Send a test…</source>
        <translation>Envoyer un test…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Programmer…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Envoyer maintenant…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Cancel sending…</source>
        <translation>Annuler l&apos;envoi…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Where the newsletter is sent: its recipients and sender identities depend on it</source>
        <translation>Où la lettre est envoyée&#xa0;: ses destinataires et ses expéditeurs en dépendent</translation>
    </message>
    <message>
        <source>The name and address the newsletter comes from</source>
        <translation>Le nom et l&apos;adresse d&apos;où part la lettre</translation>
    </message>
    <message>
        <source>What the recipients read in their inbox</source>
        <translation>Ce que les destinataires lisent dans leur boîte de réception</translation>
    </message>
    <message>
        <source>The line shown after the subject in most inboxes (optional)</source>
        <translation>La ligne affichée après l&apos;objet dans la plupart des boîtes de réception (facultatif)</translation>
    </message>
    <message>
        <source>Write the newsletter here. Use the buttons above to format it.</source>
        <translation>Rédigez la lettre ici. Mettez-la en forme avec les boutons au-dessus.</translation>
    </message>
    <message>
        <source>Click a line to go to the place in the text</source>
        <translation>Cliquez sur une ligne pour aller à l&apos;endroit du texte</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Preheader:</source>
        <translation>Accroche&#xa0;:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Make the line a heading</source>
        <translation>Faire de la ligne un titre</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>texte en gras</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>texte en italique</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Turn the selected words into a link</source>
        <translation>Faire des mots sélectionnés un lien</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>An image from its web address (https://…)</source>
        <translation>Une image à partir de son adresse web (https://…)</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Bouton</translation>
    </message>
    <message>
        <source>A button leading to a web page</source>
        <translation>Un bouton qui mène à une page web</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Words replaced by each recipient&apos;s own details</source>
        <translation>Des mots remplacés par les informations de chaque destinataire</translation>
    </message>
    <message>
        <source>First name (or “Madam, Sir”)</source>
        <translation>Prénom (ou «&#xa0;Madame, Monsieur&#xa0;»)</translation>
    </message>
    <message>
        <source>Madam, Sir</source>
        <comment>greeting without a first name</comment>
        <translation>Madame, Monsieur</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title (Mr, Ms…)</source>
        <translation>Civilité (M., Mme…)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Keep a copy of this newsletter as a template for future ones</source>
        <translation>Garder une copie de cette lettre comme modèle pour les suivantes</translation>
    </message>
    <message>
        <source>Saved on this computer; not yet on the server.</source>
        <translation>Enregistrée sur cet ordinateur&#xa0;; pas encore sur le serveur.</translation>
    </message>
    <message>
        <source>Hello {{first_name|Madam, Sir}},</source>
        <translation>Bonjour {{first_name|Madame, Monsieur}},</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>sender name &lt;address&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No sender for this zone yet: ask your administrator</source>
        <translation>Pas encore d&apos;expéditeur pour cette zone&#xa0;: demandez à votre administrateur</translation>
    </message>
    <message>
        <source>Sender identities are created on the server by your organisation&apos;s administrator</source>
        <translation>Les expéditeurs sont créés sur le serveur par l&apos;administrateur de votre organisation</translation>
    </message>
    <message>
        <source>(the recipient&apos;s own unsubscribe link)</source>
        <translation>(le lien de désinscription propre au destinataire)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error: the newsletter cannot be sent until it is fixed</source>
        <translation>Erreur&#xa0;: la lettre ne peut pas partir tant qu&apos;elle n&apos;est pas corrigée</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>No newsletter open</source>
        <translation>Aucune lettre ouverte</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>New newsletter</source>
        <translation>Nouvelle lettre</translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · non enregistrée</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>Il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>Choose the zone of the newsletter first.</source>
        <translation>Choisissez d&apos;abord la zone de la lettre.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistrée à %1.</translation>
    </message>
    <message>
        <source>The newsletter could not be saved: %1</source>
        <translation>La lettre n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Le modèle n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Open a newsletter first.</source>
        <translation>Ouvrez d&apos;abord une lettre.</translation>
    </message>
    <message>
        <source>A template is not sent: create a newsletter from it.</source>
        <translation>Un modèle ne s&apos;envoie pas&#xa0;: créez une lettre à partir de lui.</translation>
    </message>
    <message>
        <source>This newsletter is no longer a draft.</source>
        <translation>Cette lettre n&apos;est plus un brouillon.</translation>
    </message>
    <message>
        <source>Sending is under way.</source>
        <translation>L&apos;envoi est en cours.</translation>
    </message>
    <message>
        <source>Fix the errors listed under the text first.</source>
        <translation>Corrigez d&apos;abord les erreurs listées sous le texte.</translation>
    </message>
    <message>
        <source>Choose who the newsletter comes from (From).</source>
        <translation>Choisissez l&apos;expéditeur de la lettre (De).</translation>
    </message>
    <message>
        <source>Tick at least one zone in the Audience tab.</source>
        <translation>Cochez au moins une zone dans l&apos;onglet Public.</translation>
    </message>
    <message>
        <source>Connect this profile to your organisation&apos;s server to send (Server menu, Connect to a server).</source>
        <translation>Connectez ce profil au serveur de votre organisation pour envoyer (menu Serveur, Se connecter à un serveur).</translation>
    </message>
    <message>
        <source>The connection to the server has a problem: %1</source>
        <translation>La connexion au serveur a un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline: sending needs a connection to the server.</source>
        <translation>Hors ligne&#xa0;: l&apos;envoi a besoin d&apos;une connexion au serveur.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Send this newsletter to one address, to see it as recipients will</source>
        <translation>Envoyer cette lettre à une seule adresse, pour la voir comme les destinataires</translation>
    </message>
    <message>
        <source>Nobody in this audience can receive it (consent to e-mails and an address are needed).</source>
        <translation>Personne dans ce public ne peut la recevoir (il faut le consentement aux e-mails et une adresse).</translation>
    </message>
    <message>
        <source>Send to every recipient now (you confirm first)</source>
        <translation>Envoyer à tous les destinataires maintenant (après confirmation)</translation>
    </message>
    <message>
        <source>Choose a day and time for it to leave</source>
        <translation>Choisir le jour et l&apos;heure du départ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in %1</source>
        <translation>
            <numerusform>%Ln destinataire en %1</numerusform>
            <numerusform>%Ln destinataires en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience (%1)</source>
        <translation>Public (%1)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>Send a test of this newsletter to:</source>
        <translation>Envoyer un test de cette lettre à&#xa0;:</translation>
    </message>
    <message>
        <source>Send the newsletter</source>
        <translation>Envoyer la lettre</translation>
    </message>
    <message>
        <source>Send “%1” now?</source>
        <translation>Envoyer «&#xa0;%1&#xa0;» maintenant&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in %1 will receive it. Once sent, it cannot be taken back.</source>
        <translation>
            <numerusform>%Ln destinataire en %1 la recevra. Une fois partie, elle ne peut plus être rappelée.</numerusform>
            <numerusform>%Ln destinataires en %1 la recevront. Une fois partie, elle ne peut plus être rappelée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>“%1” will be sent to %Ln recipient(s) in %2.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» sera envoyée à %Ln destinataire en %2.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» sera envoyée à %Ln destinataires en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Cancel the sending of “%1”? It will not leave.</source>
        <translation>Annuler l&apos;envoi de «&#xa0;%1&#xa0;»&#xa0;? Elle ne partira pas.</translation>
    </message>
    <message>
        <source>Test sent. Check the inbox in a minute.</source>
        <translation>Test envoyé. Regardez la boîte de réception dans une minute.</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>Envoi annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled for %Ln recipient(s).</source>
        <translation>
            <numerusform>Programmée pour %Ln destinataire.</numerusform>
            <numerusform>Programmée pour %Ln destinataires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %Ln recipient(s). Follow it in Statistics once it has started.</source>
        <translation>
            <numerusform>Envoi à %Ln destinataire. Suivez-le dans Statistiques une fois commencé.</numerusform>
            <numerusform>Envoi à %Ln destinataires. Suivez-le dans Statistiques une fois commencé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::NewsletterPage</name>
    <message>
        <source>New newsletter</source>
        <translation>Nouvelle lettre</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Write a new newsletter</source>
        <translation>Rédiger une nouvelle lettre</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>D&apos;après un modèle</translation>
    </message>
    <message>
        <source>Start a newsletter from one of your templates</source>
        <translation>Commencer une lettre à partir d&apos;un de vos modèles</translation>
    </message>
    <message>
        <source>A new draft with the same content, audience and sender</source>
        <translation>Un nouveau brouillon avec le même contenu, le même public et le même expéditeur</translation>
    </message>
    <message>
        <source>Delete this draft or template</source>
        <translation>Supprimer ce brouillon ou ce modèle</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Leaves on %1</source>
        <translation>Part le %1</translation>
    </message>
    <message>
        <source>Last changed on %1</source>
        <translation>Modifiée le %1</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Pas encore sur le serveur</translation>
    </message>
    <message>
        <source>Newsletters (%1)</source>
        <translation>Lettres (%1)</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translation>Modèles (%1)</translation>
    </message>
    <message>
        <source>Only drafts and templates can be deleted</source>
        <translation>Seuls les brouillons et les modèles peuvent être supprimés</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No template yet: in a newsletter, use “Save as template…”</source>
        <translation>Pas encore de modèle&#xa0;: dans une lettre, utilisez «&#xa0;Enregistrer comme modèle…&#xa0;»</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Supprimer le modèle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation>Supprimer le brouillon «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It could not be deleted: %1</source>
        <translation>La suppression a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Statistics — %1</source>
        <translation>Statistiques — %1</translation>
    </message>
    <message>
        <source>This profile is not connected to a server.</source>
        <translation>Ce profil n&apos;est pas connecté à un serveur.</translation>
    </message>
</context>
<context>
    <name>relais::NewsletterPreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>The text-only version sent with the e-mail, for mail programs that do not show HTML</source>
        <translation>La version texte seul envoyée avec l&apos;e-mail, pour les messageries qui n&apos;affichent pas le HTML</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Shown as a contact without a name would see it (the fallbacks).</source>
        <translation>Affichée comme la verrait un contact sans nom (les valeurs de remplacement).</translation>
    </message>
    <message>
        <source>Shown as %1 will see it.</source>
        <translation>Affichée comme la verra %1.</translation>
    </message>
</context>
<context>
    <name>relais::NewsletterSender</name>
    <message>
        <source>This profile is not connected to a server: use Server, Connect to a server.</source>
        <translation>Ce profil n&apos;est pas connecté à un serveur&#xa0;: utilisez Serveur, Se connecter à un serveur.</translation>
    </message>
    <message>
        <source>The newsletter is no longer on this computer.</source>
        <translation>La lettre n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Waiting for the draft to reach the server…</source>
        <translation>En attente de l&apos;arrivée du brouillon sur le serveur…</translation>
    </message>
    <message>
        <source>The profile was locked before the newsletter left.</source>
        <translation>Le profil a été verrouillé avant le départ de la lettre.</translation>
    </message>
    <message>
        <source>The draft has not reached the server yet (waiting for sync). Check the connection in the status bar, then try again.</source>
        <translation>Le brouillon n&apos;est pas encore arrivé sur le serveur (en attente de synchronisation). Vérifiez la connexion dans la barre d&apos;état, puis réessayez.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Demande au serveur…</translation>
    </message>
    <message>
        <source>This newsletter was already sent (or is being sent).</source>
        <translation>Cette lettre a déjà été envoyée (ou est en cours d&apos;envoi).</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Sign in again (Server menu, Connect to a server).</source>
        <translation>Le serveur n&apos;accepte plus cette session. Reconnectez-vous (menu Serveur, Se connecter à un serveur).</translation>
    </message>
    <message>
        <source>You are not allowed to send newsletters to this zone.</source>
        <translation>Vous n&apos;êtes pas autorisé à envoyer des lettres à cette zone.</translation>
    </message>
    <message>
        <source>The server does not know this newsletter yet: wait for the synchronisation, then try again.</source>
        <translation>Le serveur ne connaît pas encore cette lettre&#xa0;: attendez la synchronisation, puis réessayez.</translation>
    </message>
    <message>
        <source>The newsletter cannot be changed in its current state on the server.</source>
        <translation>La lettre ne peut pas être modifiée dans son état actuel sur le serveur.</translation>
    </message>
    <message>
        <source>The server refused this newsletter: something is missing or wrong in it.</source>
        <translation>Le serveur a refusé cette lettre&#xa0;: il y manque quelque chose ou quelque chose ne va pas.</translation>
    </message>
    <message>
        <source>The server refused this newsletter: %1</source>
        <translation>Le serveur a refusé cette lettre&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server is busy: try again in a minute.</source>
        <translation>Le serveur est occupé&#xa0;: réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later; if it goes on, tell your administrator.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard&#xa0;; si cela continue, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>This server cannot send e-mails yet: its administrator has not set up an e-mail relay.</source>
        <translation>Ce serveur ne peut pas encore envoyer d&apos;e-mails&#xa0;: son administrateur n&apos;a pas configuré de relais de messagerie.</translation>
    </message>
</context>
<context>
    <name>relais::NewsletterStatsView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Opens and clicks are not tracked for your organisation, so they are not counted here.</source>
        <translation>Les ouvertures et les clics ne sont pas suivis pour votre organisation, ils ne sont donc pas comptés ici.</translation>
    </message>
    <message>
        <source>Read the latest figures from the server</source>
        <translation>Lire les derniers chiffres du serveur</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Cliqués</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désinscrits</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Totals over time</source>
        <translation>Totaux au fil du temps</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of the recipients</source>
        <translation>%1 des destinataires</translation>
    </message>
    <message>
        <source>%1 of those sent</source>
        <translation>%1 des envois</translation>
    </message>
    <message>
        <source>%1 opened it · %2 opens</source>
        <translation>%1 l&apos;ont ouverte · %2 ouvertures</translation>
    </message>
    <message>
        <source>%1 clicked · %2 clicks</source>
        <translation>%1 ont cliqué · %2 clics</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln recipient(s) sent so far</source>
        <translation>
            <numerusform>%1 envoyés sur %Ln destinataire pour l&apos;instant</numerusform>
            <numerusform>%1 envoyés sur %Ln destinataires pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>Chiffres de %1</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation>Total à ce moment</translation>
    </message>
</context>
<context>
    <name>relais::PetitionEditor</name>
    <message>
        <source>Opens on</source>
        <translation>Ouvre le</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Ferme le</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Why sign? Write the text of the petition here (Markdown: **bold**, *italics*, ## heading, - list).</source>
        <translation>Pourquoi signer&#xa0;? Écrivez ici le texte de la pétition (Markdown&#xa0;: **gras**, *italique*, ## titre, - liste).</translation>
    </message>
    <message>
        <source>The text as signers will read it.</source>
        <translation>Le texte tel que les signataires le liront.</translation>
    </message>
    <message>
        <source>What the signers ask for, in a few words</source>
        <translation>Ce que demandent les signataires, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>The petition belongs to this zone: the zones where you may manage petitions</source>
        <translation>La pétition appartient à cette zone&#xa0;: les zones où vous pouvez gérer des pétitions</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The language of the public page and of the confirmation e-mail</source>
        <translation>La langue de la page publique et de l&apos;e-mail de confirmation</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. save-our-hospital</source>
        <translation>ex. sauvons-notre-hopital</translation>
    </message>
    <message>
        <source>The end of the public page&apos;s address: lowercase letters, digits and dashes</source>
        <translation>La fin de l&apos;adresse de la page publique&#xa0;: minuscules, chiffres et tirets</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the address of the public page</source>
        <translation>Copier l&apos;adresse de la page publique</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Adresse publique&#xa0;:</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Pas d&apos;objectif</translation>
    </message>
    <message>
        <source>The number of signatures aimed at, shown with a progress bar on the public page</source>
        <translation>Le nombre de signatures visé, affiché avec une barre de progression sur la page publique</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Unticked: the petition can be signed as soon as it is saved</source>
        <translation>Décoché&#xa0;: la pétition peut être signée dès qu&apos;elle est enregistrée</translation>
    </message>
    <message>
        <source>Unticked: the petition never closes</source>
        <translation>Décoché&#xa0;: la pétition ne ferme jamais</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Signatures&#xa0;:</translation>
    </message>
    <message>
        <source>Empty: no newsletter box on the page (e.g. “Keep me informed by e-mail”)</source>
        <translation>Vide&#xa0;: pas de case lettre d&apos;information sur la page (ex. «&#xa0;Tenez-moi informé·e par e-mail&#xa0;»)</translation>
    </message>
    <message>
        <source>The wording of the box signers may tick to receive the newsletter</source>
        <translation>Le libellé de la case que les signataires peuvent cocher pour recevoir la lettre d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Newsletter box:</source>
        <translation>Case &amp;lettre d&apos;information&#xa0;:</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>Nouvelle pétition</translation>
    </message>
    <message>
        <source>No petition selected</source>
        <translation>Aucune pétition sélectionnée</translation>
    </message>
    <message>
        <source>The petition has signatures: its address can no longer change</source>
        <translation>La pétition a des signatures&#xa0;: son adresse ne peut plus changer</translation>
    </message>
    <message>
        <source>The public address shows once this profile is connected to a server.</source>
        <translation>L&apos;adresse publique s&apos;affiche une fois ce profil connecté à un serveur.</translation>
    </message>
    <message>
        <source>(no valid address yet)</source>
        <translation>(pas encore d&apos;adresse valide)</translation>
    </message>
    <message>
        <source>%1 (once saved and synced)</source>
        <translation>%1 (une fois enregistrée et synchronisée)</translation>
    </message>
    <message>
        <source>Give the petition a title.</source>
        <translation>Donnez un titre à la pétition.</translation>
    </message>
    <message>
        <source>Choose a zone: your account may not manage petitions in any zone.</source>
        <translation>Choisissez une zone&#xa0;: votre compte ne peut gérer de pétitions dans aucune zone.</translation>
    </message>
    <message>
        <source>The petition “%1” already uses this address.</source>
        <translation>La pétition «&#xa0;%1&#xa0;» utilise déjà cette adresse.</translation>
    </message>
    <message>
        <source>The petition must close after it opens.</source>
        <translation>La pétition doit fermer après son ouverture.</translation>
    </message>
    <message>
        <source>Write the text of the petition.</source>
        <translation>Écrivez le texte de la pétition.</translation>
    </message>
    <message>
        <source>You may not change petitions of this zone: it is shown read-only.</source>
        <translation>Vous ne pouvez pas modifier les pétitions de cette zone&#xa0;: elle est affichée en lecture seule.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync.</source>
        <translation>Enregistrée sur cet ordinateur&#xa0;; envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No petition is open.</source>
        <translation>Aucune pétition n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>You may not change petitions of this zone.</source>
        <translation>Vous ne pouvez pas modifier les pétitions de cette zone.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>relais::PetitionPage</name>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Opens later</source>
        <translation>Ouvre plus tard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>Nouvelle pétition</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Write a new petition</source>
        <translation>Rédiger une nouvelle pétition</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Pétition</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>(untitled petition)</source>
        <translation>(pétition sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signature(s)</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Pas encore sur le serveur</translation>
    </message>
    <message>
        <source>A petition that has signatures cannot be deleted</source>
        <translation>Une pétition qui a des signatures ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>Delete this petition</source>
        <translation>Supprimer cette pétition</translation>
    </message>
    <message>
        <source>Delete the petition “%1”?</source>
        <translation>Supprimer la pétition «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It could not be deleted: %1</source>
        <translation>Elle n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>relais::PetitionResultsView</name>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Confirmed signatures here</source>
        <translation>Signatures confirmées ici</translation>
    </message>
    <message>
        <source>Confirmed (server)</source>
        <translation>Confirmées (serveur)</translation>
    </message>
    <message>
        <source>Awaiting confirmation (server)</source>
        <translation>En attente de confirmation (serveur)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Read the figures again, and the server&apos;s totals when connected</source>
        <translation>Relire les chiffres, et les totaux du serveur une fois connecté</translation>
    </message>
    <message>
        <source>Confirmed signatures over time</source>
        <translation>Signatures confirmées dans le temps</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Par département</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Search names and e-mail addresses</source>
        <translation>Rechercher dans les noms et les adresses e-mail</translation>
    </message>
    <message>
        <source>Newsletter: all</source>
        <translation>Lettre d&apos;information&#xa0;: toutes</translation>
    </message>
    <message>
        <source>Newsletter: yes</source>
        <translation>Lettre d&apos;information&#xa0;: oui</translation>
    </message>
    <message>
        <source>Newsletter: no</source>
        <translation>Lettre d&apos;information&#xa0;: non</translation>
    </message>
    <message>
        <source>Whether the signers ticked the newsletter box</source>
        <translation>Si les signataires ont coché la case lettre d&apos;information</translation>
    </message>
    <message>
        <source>Confirmed on or after this day (—: no limit)</source>
        <translation>Confirmées ce jour ou après (—&#xa0;: sans limite)</translation>
    </message>
    <message>
        <source>Confirmed on or before this day (—: no limit)</source>
        <translation>Confirmées ce jour ou avant (—&#xa0;: sans limite)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>No petition selected</source>
        <translation>Aucune pétition sélectionnée</translation>
    </message>
    <message>
        <source>(untitled petition)</source>
        <translation>(pétition sans titre)</translation>
    </message>
    <message>
        <source>in this computer&apos;s copy, for your zones</source>
        <translation>dans la copie de cet ordinateur, pour vos zones</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Connect to see the server&apos;s totals</source>
        <translation>Connectez-vous pour voir les totaux du serveur</translation>
    </message>
    <message>
        <source>Confirmed signatures</source>
        <translation>Signatures confirmées</translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation>Total à ce jour</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>Unknown department</source>
        <translation>Département inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signature(s)</source>
        <translation>
            <numerusform>%Ln signature</numerusform>
            <numerusform>%Ln signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln signature(s) shown</source>
        <translation>
            <numerusform>%1 signature affichée sur %Ln</numerusform>
            <numerusform>%1 signatures affichées sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation>Pas encore sur le serveur</translation>
    </message>
    <message>
        <source>every zone, at %1</source>
        <translation>toutes zones, à %1</translation>
    </message>
    <message>
        <source>signed, e-mail address not yet confirmed</source>
        <translation>signées, adresse e-mail pas encore confirmée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>no goal set for this petition</source>
        <translation>pas d&apos;objectif pour cette pétition</translation>
    </message>
    <message>
        <source>reached: %1 signatures</source>
        <translation>atteint&#xa0;: %1 signatures</translation>
    </message>
    <message>
        <source>%1 more to go</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>Choose a petition first.</source>
        <translation>Choisissez d&apos;abord une pétition.</translation>
    </message>
    <message>
        <source>Exporting signatures needs the contacts.export permission on at least one zone.</source>
        <translation>Exporter des signatures demande le droit contacts.export sur au moins une zone.</translation>
    </message>
    <message>
        <source>The export goes through the server, which checks your permissions and records it in its audit log: connect to the server to export.</source>
        <translation>L&apos;export passe par le serveur, qui vérifie vos droits et l&apos;inscrit dans son journal d&apos;audit&#xa0;: connectez-vous au serveur pour exporter.</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>Un export est en cours.</translation>
    </message>
    <message>
        <source>Download the confirmed signatures you may export as a CSV file; the server records the export in its audit log</source>
        <translation>Télécharger en CSV les signatures confirmées que vous pouvez exporter&#xa0;; le serveur inscrit l&apos;export dans son journal d&apos;audit</translation>
    </message>
    <message>
        <source>Downloading the signatures from the server…</source>
        <translation>Téléchargement des signatures depuis le serveur…</translation>
    </message>
    <message>
        <source>The server refused the export: you may export the signatures of none of your zones.</source>
        <translation>Le serveur a refusé l&apos;export&#xa0;: vous ne pouvez exporter les signatures d&apos;aucune de vos zones.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>signatures-%1.csv</source>
        <translation>signatures-%1.csv</translation>
    </message>
    <message>
        <source>Export the signatures</source>
        <translation>Exporter les signatures</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signature(s) saved to %1</source>
        <translation>
            <numerusform>%Ln signature enregistrée dans %1</numerusform>
            <numerusform>%Ln signatures enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By department (every zone, from the server)</source>
        <translation>Par département (toutes zones, d&apos;après le serveur)</translation>
    </message>
    <message>
        <source>By region (every zone, from the server)</source>
        <translation>Par région (toutes zones, d&apos;après le serveur)</translation>
    </message>
</context>
<context>
    <name>relais::ProfileDialog</name>
    <message>
        <source>Welcome to Relais</source>
        <translation>Bienvenue dans Relais</translation>
    </message>
    <message>
        <source>Relais keeps your contacts in a profile folder on this computer. The folder is encrypted: nobody can read it without your passphrase, and nobody can recover the passphrase for you if you forget it.</source>
        <translation>Relais conserve vos contacts dans un dossier de profil sur cet ordinateur. Ce dossier est chiffré&#xa0;: personne ne peut le lire sans votre phrase secrète, et personne ne pourra la retrouver pour vous si vous l&apos;oubliez.</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>Créer un nouveau profil</translation>
    </message>
    <message>
        <source>Open an existing profile</source>
        <translation>Ouvrir un profil existant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>For example, a few words only you would put together</source>
        <translation>Par exemple, quelques mots que personne d&apos;autre n&apos;associerait</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Confirmez la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidité&#xa0;:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Relais will then open without asking for the passphrase on this computer, using the computer&apos;s keychain. Leave it unticked on a shared computer.</source>
        <translation>Relais s&apos;ouvrira alors sur cet ordinateur sans demander la phrase secrète, grâce au trousseau de clés du système. Laissez cette case décochée sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>Not available: %1 The passphrase will be asked each time Relais starts.</source>
        <translation>Indisponible&#xa0;: %1 La phrase secrète sera demandée à chaque démarrage de Relais.</translation>
    </message>
    <message>
        <source>Create the profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Choose the folder of the new profile</source>
        <translation>Choisissez le dossier du nouveau profil</translation>
    </message>
    <message>
        <source>Choose the folder of a profile created earlier on this computer or copied from another one. You will then be asked for its passphrase.</source>
        <translation>Choisissez le dossier d&apos;un profil créé auparavant sur cet ordinateur ou copié depuis un autre. Sa phrase secrète vous sera ensuite demandée.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Choose the folder of the profile</source>
        <translation>Choisissez le dossier du profil</translation>
    </message>
    <message>
        <source>This folder already holds a profile: open it from the other tab, or choose another folder.</source>
        <translation>Ce dossier contient déjà un profil&#xa0;: ouvrez-le depuis l&apos;autre onglet, ou choisissez un autre dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A few unrelated words are strong and easy to remember.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère. Quelques mots sans lien entre eux forment une phrase secrète solide et facile à retenir.</numerusform>
            <numerusform>Utilisez au moins %n caractères. Quelques mots sans lien entre eux forment une phrase secrète solide et facile à retenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This folder does not hold a Relais profile (there is no profile.json in it).</source>
        <translation>Ce dossier ne contient pas de profil Relais (il n&apos;y a pas de fichier profile.json).</translation>
    </message>
</context>
<context>
    <name>relais::ProxyElectionEditor</name>
    <message>
        <source>Second round on</source>
        <translation>Second tour le</translation>
    </message>
    <message>
        <source>The public forms take requests and offers</source>
        <translation>Les formulaires publics acceptent demandes et offres</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>e.g. Municipal elections 2027</source>
        <translation>ex. Municipales 2027</translation>
    </message>
    <message>
        <source>Where the election is organised: the zones where you may match proxy votes</source>
        <translation>Où l’élection est organisée : les zones où vous pouvez mettre en relation les procurations</translation>
    </message>
    <message>
        <source>e.g. municipal-2027</source>
        <translation>ex. municipales-2027</translation>
    </message>
    <message>
        <source>The end of the public forms&apos; addresses: lowercase letters, digits and dashes</source>
        <translation>La fin de l’adresse des formulaires publics : minuscules, chiffres et tirets</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The language of the public forms and of the e-mails sent to mandants and mandataires</source>
        <translation>La langue des formulaires publics et des e-mails envoyés aux mandants et aux mandataires</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Adresse publique :</translation>
    </message>
    <message>
        <source>&amp;First round on:</source>
        <translation>&amp;Premier tour le :</translation>
    </message>
    <message>
        <source>in all, of which at most</source>
        <translation>en tout, dont au plus</translation>
    </message>
    <message>
        <source>established in France</source>
        <translation>établie(s) en France</translation>
    </message>
    <message>
        <source>Procurations per mandataire:</source>
        <translation>Procurations par mandataire :</translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation>Formulaires :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>New election</source>
        <translation>Nouvelle élection</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Élection : %1</translation>
    </message>
    <message>
        <source>Give the election a name.</source>
        <translation>Donnez un nom à l’élection.</translation>
    </message>
    <message>
        <source>Choose a zone: your account may not match proxy votes in any zone.</source>
        <translation>Choisissez une zone : votre compte ne peut mettre en relation les procurations dans aucune zone.</translation>
    </message>
    <message>
        <source>Give the forms a public address.</source>
        <translation>Donnez une adresse publique aux formulaires.</translation>
    </message>
    <message>
        <source>The election “%1” already uses this address.</source>
        <translation>L’élection « %1 » utilise déjà cette adresse.</translation>
    </message>
    <message>
        <source>The second round must come after the first.</source>
        <translation>Le second tour doit avoir lieu après le premier.</translation>
    </message>
    <message>
        <source>A mandataire cannot hold more procurations established in France (%1) than procurations in all (%2).</source>
        <translation>Un mandataire ne peut pas détenir plus de procurations établies en France (%1) que de procurations en tout (%2).</translation>
    </message>
    <message>
        <source>As the Code électoral sets it (art. L73): a mandataire holds at most two procurations, at most one of them established in France.</source>
        <translation>Comme le prévoit le Code électoral (art. L73) : un mandataire détient au plus deux procurations, dont une au plus établie en France.</translation>
    </message>
    <message>
        <source>The Code électoral (art. L73) allows at most two procurations per mandataire, at most one of them established in France: the server refuses more.</source>
        <translation>Le Code électoral (art. L73) permet au plus deux procurations par mandataire, dont une au plus établie en France : le serveur refuse davantage.</translation>
    </message>
    <message>
        <source>The addresses of the public forms show once this profile is connected to a server.</source>
        <translation>Les adresses des formulaires publics s’affichent une fois ce profil connecté à un serveur.</translation>
    </message>
    <message>
        <source>(no valid address yet)</source>
        <translation>(pas encore d’adresse valide)</translation>
    </message>
    <message>
        <source>Mandants: %1
Mandataires: %2</source>
        <translation>Mandants : %1
Mandataires : %2</translation>
    </message>
    <message>
        <source>(once saved and synced)</source>
        <translation>(une fois enregistrée et synchronisée)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>relais::ProxyListPanel</name>
    <message>
        <source>Filter: name, commune, polling station…</source>
        <translation>Filtrer : nom, commune, bureau de vote…</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Tour 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Tour 2</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Any round</source>
        <translation>Tous les tours</translation>
    </message>
</context>
<context>
    <name>relais::ProxyMatchModel</name>
    <message>
        <source>(request not on this computer)</source>
        <translation>(demande absente de cet ordinateur)</translation>
    </message>
    <message>
        <source>(offer not on this computer)</source>
        <translation>(offre absente de cet ordinateur)</translation>
    </message>
    <message>
        <source>Mandant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Mandataire</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync. The server checks it again and may refuse it (for instance when another cadre took the slot first).</source>
        <translation>Enregistrée sur cet ordinateur ; envoyée au serveur à la prochaine synchronisation. Le serveur la vérifie à nouveau et peut la refuser (par exemple si un autre cadre a pris la place avant).</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
</context>
<context>
    <name>relais::ProxyMatchView</name>
    <message>
        <source>Holding a slot</source>
        <translation>Actives (place tenue)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Suggested, proposed, accepted, confirmed and done matches hold the request&apos;s round and a place of the mandataire</source>
        <translation>Les mises en relation suggérées, proposées, acceptées, confirmées et terminées tiennent le tour de la demande et une place du mandataire</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>The server e-mails the mandataire a link to accept or decline</source>
        <translation>Le serveur envoie au mandataire un lien pour accepter ou refuser</translation>
    </message>
    <message>
        <source>The mandataire said yes (on the phone, say): the server e-mails the mandant what the official form needs</source>
        <translation>Le mandataire a dit oui (au téléphone, par exemple) : le serveur envoie au mandant ce qu’il faut pour le formulaire officiel</translation>
    </message>
    <message>
        <source>The procuration is established</source>
        <translation>La procuration est établie</translation>
    </message>
    <message>
        <source>Ends the match and frees the slot</source>
        <translation>Met fin à la mise en relation et libère la place</translation>
    </message>
    <message numerus="yes">
        <source>%n matches selected.</source>
        <translation>
            <numerusform>%n mise en relation sélectionnée.</numerusform>
            <numerusform>%n mises en relation sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a match to see its details and history.</source>
        <translation>Sélectionnez une mise en relation pour voir son détail et son historique.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Mandant: %1</source>
        <translation>Mandant : %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Hors de France</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Mandataire: %1</source>
        <translation>Mandataire : %1</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Voter number</source>
        <translation>N° national d’électeur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Not yet on the server.</source>
        <translation>Pas encore sur le serveur.</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>Pas encore d’historique.</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
</context>
<context>
    <name>relais::ProxyOfferModel</name>
    <message>
        <source>Mandataire</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Tour 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Tour 2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message numerus="yes">
        <source>%n held · abroad only</source>
        <translation>
            <numerusform>%n détenue · hors de France seulement</numerusform>
            <numerusform>%n détenues · hors de France seulement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n détenue</numerusform>
            <numerusform>%n détenues</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds in round %1:</source>
        <translation>Détient au tour %1 :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not in this computer&apos;s replica)</source>
        <translation>(absent de cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>relais::ProxyPage</name>
    <message>
        <source>New election…</source>
        <translation>Nouvelle élection…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Requests (mandants)</source>
        <translation>Demandes (mandants)</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Needing a mandataire</source>
        <translation>Sans mandataire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servies</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Offers (mandataires)</source>
        <translation>Offres (mandataires)</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>Toutes les offres</translation>
    </message>
    <message>
        <source>With places left</source>
        <translation>Avec des places</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complètes</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Mettre en relation</translation>
    </message>
    <message>
        <source>Requests and offers</source>
        <translation>Demandes et offres</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Open the proxy-vote forms for an election</source>
        <translation>Ouvrir les formulaires de procuration d’une élection</translation>
    </message>
    <message>
        <source>The requests and offers shown and matched: those of this zone</source>
        <translation>Les demandes et les offres affichées et mises en relation : celles de cette zone</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Élection :</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>every round still needed</source>
        <translation>chaque tour encore sans mandataire</translation>
    </message>
    <message>
        <source>round 1</source>
        <translation>le tour 1</translation>
    </message>
    <message>
        <source>round 2</source>
        <translation>le tour 2</translation>
    </message>
    <message>
        <source>Propose the selected offer&apos;s mandataire to the selected request&apos;s mandant: at the next sync the server e-mails the mandataire</source>
        <translation>Proposer le mandataire de l’offre sélectionnée au mandant de la demande sélectionnée : à la prochaine synchronisation, le serveur écrit au mandataire</translation>
    </message>
    <message>
        <source>Match by hand:</source>
        <translation>Mise en relation manuelle :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed election)</source>
        <translation>(élection sans nom)</translation>
    </message>
    <message>
        <source>No election yet: create one with “New election…”, or sync to receive those of your organisation.</source>
        <translation>Aucune élection pour l’instant : créez-en une avec « Nouvelle élection… », ou synchronisez pour recevoir celles de votre organisation.</translation>
    </message>
    <message>
        <source>round %1 on %2</source>
        <translation>tour %1 le %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>at most %1 procurations per mandataire, %2 of them established in France</source>
        <translation>au plus %1 procurations par mandataire, dont %2 établie(s) en France</translation>
    </message>
    <message>
        <source>public forms open</source>
        <translation>formulaires publics ouverts</translation>
    </message>
    <message>
        <source>public forms closed</source>
        <translation>formulaires publics fermés</translation>
    </message>
    <message>
        <source>%1 (mandant) with %2 (mandataire), for</source>
        <translation>%1 (mandant) avec %2 (mandataire), pour</translation>
    </message>
    <message>
        <source>select a request and an offer in the lists above.</source>
        <translation>sélectionnez une demande et une offre dans les listes ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed: %1 for %2 (%n round(s)). At the next sync the server e-mails the mandataire.</source>
        <translation>
            <numerusform>Proposé : %1 pour %2 (%n tour). À la prochaine synchronisation, le serveur écrit au mandataire.</numerusform>
            <numerusform>Proposé : %1 pour %2 (%n tours). À la prochaine synchronisation, le serveur écrit au mandataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) proposed: at the next sync the server e-mails each mandataire.</source>
        <translation>
            <numerusform>%n mise en relation proposée : à la prochaine synchronisation, le serveur écrit au mandataire.</numerusform>
            <numerusform>%n mises en relation proposées : à la prochaine synchronisation, le serveur écrit à chaque mandataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) kept as suggestions: they hold their slots, nobody is e-mailed.</source>
        <translation>
            <numerusform>%n mise en relation gardée comme suggestion : elle tient sa place, personne ne reçoit d’e-mail.</numerusform>
            <numerusform>%n mises en relation gardées comme suggestions : elles tiennent leur place, personne ne reçoit d’e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) now “%1”; sent to the server at the next sync.</source>
        <translation>
            <numerusform>%n mise en relation désormais « %1 » ; envoyée au serveur à la prochaine synchronisation.</numerusform>
            <numerusform>%n mises en relation désormais « %1 » ; envoyées au serveur à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ProxyPersonModel</name>
    <message>
        <source>Not yet on the server</source>
        <translation>Pas encore sur le serveur</translation>
    </message>
</context>
<context>
    <name>relais::ProxyRequestModel</name>
    <message>
        <source>Mandant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Bureau de vote</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Hors de France</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Tour 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Tour 2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Established abroad: does not count against the one procuration established in France a mandataire may hold</source>
        <translation>Établi hors de France : ne compte pas dans l’unique procuration établie en France qu’un mandataire peut détenir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>To match</source>
        <translation>À pourvoir</translation>
    </message>
    <message>
        <source>Mandataire: %1</source>
        <translation>Mandataire : %1</translation>
    </message>
    <message>
        <source>(not in this computer&apos;s replica)</source>
        <translation>(absent de cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>relais::ProxyStatsView</name>
    <message>
        <source>Request-rounds: each round a mandant asks for is one procuration to find. Served: confirmed or done. Pending: proposed to the mandataire or accepted, not yet confirmed.</source>
        <translation>Tours demandés : chaque tour demandé par un mandant est une procuration à trouver. Servis : confirmés ou terminés. En attente : proposés au mandataire ou acceptés, pas encore confirmés.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Request-rounds</source>
        <translation>Tours demandés</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servis</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérés</translation>
    </message>
    <message>
        <source>To match</source>
        <translation>À pourvoir</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Offers with places left</source>
        <translation>Offres avec des places</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>relais::ProxySuggestionModel</name>
    <message>
        <source>Mandant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Mandataire</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Where the mandant votes</source>
        <translation>Où vote le mandant</translation>
    </message>
</context>
<context>
    <name>relais::ProxySuggestionView</name>
    <message>
        <source>Suggest matches</source>
        <translation>Trouver des mandataires</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Propose selected</source>
        <translation>Proposer la sélection</translation>
    </message>
    <message>
        <source>Keep as suggestions</source>
        <translation>Garder comme suggestions</translation>
    </message>
    <message>
        <source>Find the mandataires for the waiting requests of this department: as many as the rules allow, as close as possible (same polling station first, then same commune)</source>
        <translation>Trouver les mandataires des demandes en attente de ce département : autant que les règles le permettent, au plus près (même bureau de vote d’abord, puis même commune)</translation>
    </message>
    <message>
        <source>Save the ticked matches as proposed: at the next sync the server e-mails each mandataire a link to accept or decline</source>
        <translation>Enregistrer les mises en relation cochées comme proposées : à la prochaine synchronisation, le serveur envoie à chaque mandataire un lien pour accepter ou refuser</translation>
    </message>
    <message>
        <source>Save the ticked matches as suggestions: they hold the slots, nobody is e-mailed yet</source>
        <translation>Enregistrer les mises en relation cochées comme suggestions : elles tiennent les places, personne ne reçoit encore d’e-mail</translation>
    </message>
    <message>
        <source>Click “Suggest matches”: the requests waiting for a mandataire are matched with the offers of their department. Nothing is saved or sent until you choose.</source>
        <translation>Cliquez sur « Trouver des mandataires » : les demandes en attente sont mises en relation avec les offres de leur département. Rien n’est enregistré ni envoyé tant que vous n’avez pas choisi.</translation>
    </message>
    <message>
        <source>The matching engine refused these records: %1</source>
        <translation>Le moteur de mise en relation a refusé ces fiches : %1</translation>
    </message>
    <message>
        <source>No request here is waiting for a mandataire: every round asked for already has a match.</source>
        <translation>Aucune demande n’attend de mandataire ici : chaque tour demandé a déjà sa mise en relation.</translation>
    </message>
    <message numerus="yes">
        <source>No offer can take any of the %n request-round(s) waiting (no offer left in their department, or every one is full).</source>
        <translation>
            <numerusform>Aucune offre ne peut prendre le tour demandé en attente (plus d’offre dans son département, ou toutes sont complètes).</numerusform>
            <numerusform>Aucune offre ne peut prendre les %n tours demandés en attente (plus d’offre dans leur département, ou toutes sont complètes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 request-rounds served, %3 of %4 requests fully.</source>
        <translation>%1 tours demandés sur %2 servis, %3 demandes sur %4 entièrement.</translation>
    </message>
    <message numerus="yes">
        <source>%n more than first-come matching would serve (%1).</source>
        <translation>
            <numerusform>%n de plus qu’en prenant les demandes dans leur ordre d’arrivée (%1).</numerusform>
            <numerusform>%n de plus qu’en prenant les demandes dans leur ordre d’arrivée (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>As many as first-come matching would serve (%1).</source>
        <translation>Autant qu’en prenant les demandes dans leur ordre d’arrivée (%1).</translation>
    </message>
    <message>
        <source>Same polling station: %1 · same commune: %2 · same department: %3.</source>
        <translation>Même bureau de vote : %1 · même commune : %2 · même département : %3.</translation>
    </message>
    <message>
        <source>Propose selected (%1)</source>
        <translation>Proposer la sélection (%1)</translation>
    </message>
</context>
<context>
    <name>relais::ScheduleDialog</name>
    <message>
        <source>Schedule the newsletter</source>
        <translation>Programmer la lettre</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Send on:</source>
        <translation>Envoyer le&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a time at least 5 minutes from now, or use “Send now”.</source>
        <translation>Choisissez une heure dans 5 minutes au moins, ou utilisez «&#xa0;Envoyer maintenant&#xa0;».</translation>
    </message>
</context>
<context>
    <name>relais::SignatureTableModel</name>
    <message>
        <source>Unknown postal code</source>
        <translation>Code postal inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Dép.</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmée le</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d&apos;info</translation>
    </message>
</context>
<context>
    <name>relais::StreamingRequest</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur a cessé de répondre.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one that was trusted.</source>
        <translation>Le certificat du serveur n&apos;est pas celui auquel vous avez fait confiance.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no end of headers.</source>
        <translation>La réponse du serveur n&apos;a pas de fin d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>La réponse du serveur n&apos;est pas du HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is malformed (chunk).</source>
        <translation>La réponse du serveur est mal formée (bloc).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is malformed (chunk size).</source>
        <translation>La réponse du serveur est mal formée (taille de bloc).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid gzip.</source>
        <translation>La réponse du serveur n&apos;est pas un gzip valide.</translation>
    </message>
</context>
<context>
    <name>relais::SyncController</name>
    <message>
        <source>Relais on %1</source>
        <translation>Relais sur %1</translation>
    </message>
    <message>
        <source>This profile is not connected to a server: use Server, Connect to a server.</source>
        <translation>Ce profil n&apos;est pas connecté à un serveur&#xa0;: utilisez Serveur, Se connecter à un serveur.</translation>
    </message>
    <message>
        <source>Synchronisation was stopped before the server answered.</source>
        <translation>La synchronisation a été arrêtée avant la réponse du serveur.</translation>
    </message>
</context>
<context>
    <name>relais::SyncEngine</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation>Première synchronisation</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Synchronisation error</source>
        <translation>Erreur de synchronisation</translation>
    </message>
    <message>
        <source>The profile cannot be opened for synchronisation: %1</source>
        <translation>Le profil ne peut pas être ouvert pour la synchronisation : %1</translation>
    </message>
    <message>
        <source>The server ended this session. Sign in again to synchronise.</source>
        <translation>Le serveur a mis fin à cette session. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>L&apos;adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>Sign in to synchronise with the server.</source>
        <translation>Connectez-vous pour synchroniser avec le serveur.</translation>
    </message>
    <message>
        <source>Synchronisation is not running.</source>
        <translation>La synchronisation n&apos;est pas lancée.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>l&apos;envoi des modifications</translation>
    </message>
    <message>
        <source>The server&apos;s answer to sent changes is malformed.</source>
        <translation>La réponse du serveur aux modifications envoyées est mal formée.</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>la réception des modifications</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be applied.</source>
        <translation>Les modifications du serveur n&apos;ont pas pu être appliquées.</translation>
    </message>
    <message>
        <source>The copy of %1 disagrees with the server again and again.</source>
        <translation>La copie de %1 reste en désaccord avec le serveur.</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Sign in again to synchronise.</source>
        <translation>Le serveur n&apos;accepte plus cette session. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one that was trusted.</source>
        <translation>Le certificat du serveur n&apos;est pas celui auquel vous avez fait confiance.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the server while %1 (%2). Trying again in %n s.</source>
        <translation>
            <numerusform>Serveur injoignable pendant %1 (%2). Nouvel essai dans %n s.</numerusform>
            <numerusform>Serveur injoignable pendant %1 (%2). Nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy. Trying again in %n s.</source>
        <translation>
            <numerusform>Le serveur est occupé. Nouvel essai dans %n s.</numerusform>
            <numerusform>Le serveur est occupé. Nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused while %1 (HTTP %2). Trying again in %n s.</source>
        <translation>
            <numerusform>Le serveur a refusé pendant %1 (HTTP %2). Nouvel essai dans %n s.</numerusform>
            <numerusform>Le serveur a refusé pendant %1 (HTTP %2). Nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server ended this session. Sign in again (Server menu, Connect to a server).</source>
        <translation>Le serveur a mis fin à cette session. Reconnectez-vous (menu Serveur, Se connecter à un serveur).</translation>
    </message>
    <message>
        <source>Synchronisation was stopped before the server answered.</source>
        <translation>La synchronisation a été arrêtée avant la réponse du serveur.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Pas de connexion à un serveur.</translation>
    </message>
    <message>
        <source>Invalid request to the server.</source>
        <translation>Requête au serveur non valable.</translation>
    </message>
    <message>
        <source>Sign in to the server first (Server menu, Connect to a server).</source>
        <translation>Connectez-vous d&apos;abord au serveur (menu Serveur, Se connecter à un serveur).</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Serveur injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Sign in again (Server menu, Connect to a server).</source>
        <translation>Le serveur n&apos;accepte plus cette session. Reconnectez-vous (menu Serveur, Se connecter à un serveur).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>relais::SyncStatusWidget</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Non connecté à un serveur</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %n modification en attente</numerusform>
            <numerusform>Hors ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Downloading contacts: %1 of %2</source>
        <translation>Téléchargement des contacts : %1 sur %2</translation>
    </message>
    <message>
        <source>Downloading contacts…</source>
        <translation>Téléchargement des contacts…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Envoi de %n modification…</numerusform>
            <numerusform>Envoi de %n modifications…</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <source>Last up to date: %1</source>
        <translation>Dernière mise à jour : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed here and elsewhere: choose which value to keep</source>
        <translation>Champs modifiés ici et ailleurs : choisissez la valeur à garder</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Up to date — preparing text search: %1 contacts left</source>
        <translation>À jour — préparation de la recherche : encore %1 contacts</translation>
    </message>
</context>
<context>
    <name>relais::TagsEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Type a tag, then press Enter or a comma. Backspace removes the last tag.</source>
        <translation>Saisissez une étiquette, puis appuyez sur Entrée ou tapez une virgule. Retour arrière supprime la dernière étiquette.</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Retirer l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>relais::TimelineWidget</name>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Write a note about this contact (Ctrl+Enter to add it)</source>
        <translation>Écrivez une note sur ce contact (Ctrl+Entrée pour l&apos;ajouter)</translation>
    </message>
    <message>
        <source>The history of a contact starts when it is saved.</source>
        <translation>L&apos;historique d&apos;un contact commence à son premier enregistrement.</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <comment>timeline details, author</comment>
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Created on %1 (by %2)</source>
        <translation>Créé le %1 (par %2)</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Note non ajoutée</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>La note n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Changement de consentement</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Signed up at an event</source>
        <translation>Inscription à un événement</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Signed a petition</source>
        <translation>Signature d&apos;une pétition</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
    </message>
    <message>
        <source>manual edit</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>manual edit by %1</source>
        <translation>saisie manuelle par %1</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import&#xa0;: %1</translation>
    </message>
    <message>
        <source>web form: %1</source>
        <translation>formulaire web&#xa0;: %1</translation>
    </message>
    <message>
        <source>phone call: %1</source>
        <translation>appel téléphonique&#xa0;: %1</translation>
    </message>
    <message>
        <source>unsubscribe link: %1</source>
        <translation>lien de désinscription&#xa0;: %1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>unsubscribe link</source>
        <translation>lien de désinscription</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — source: %2</source>
        <translation>%1 — source&#xa0;: %2</translation>
    </message>
    <message>
        <source>From the file %1</source>
        <translation>Depuis le fichier %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Champs modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Contact créé</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>The address %1 bounced: it gets no more newsletters.</source>
        <translation>L’adresse %1 est en erreur&#xa0;: elle ne reçoit plus de lettres d’information.</translation>
    </message>
    <message>
        <source>The address %1 bounced (newsletter “%2”): it gets no more newsletters.</source>
        <translation>L’adresse %1 est en erreur (lettre «&#xa0;%2&#xa0;»)&#xa0;: elle ne reçoit plus de lettres d’information.</translation>
    </message>
    <message>
        <source>petition: %1</source>
        <translation>pétition&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”, and asked for the newsletter</source>
        <translation>«&#xa0;%1&#xa0;», avec demande de la lettre d&apos;information</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>relais::UnlockDialog</name>
    <message>
        <source>Relais is locked</source>
        <translation>Relais est verrouillé</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the passphrase of this profile to open it:</source>
        <translation>Saisissez la phrase secrète de ce profil pour l&apos;ouvrir&#xa0;:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Relais will then start without asking for the passphrase on this computer. It will still ask for it after a lock.</source>
        <translation>Relais démarrera alors sur cet ordinateur sans demander la phrase secrète. Elle vous sera quand même demandée après un verrouillage.</translation>
    </message>
    <message>
        <source>Not available: %1 The passphrase will be asked each time Relais starts.</source>
        <translation>Indisponible&#xa0;: %1 La phrase secrète sera demandée à chaque démarrage de Relais.</translation>
    </message>
    <message>
        <source>Other profile…</source>
        <translation>Autre profil…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Phrase secrète incorrecte. Rien n&apos;a été modifié&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>relais::VolunteerWindow</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Démarrer l&apos;appel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Get more contacts</source>
        <translation>Obtenir d&apos;autres contacts</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Calling — %1</source>
        <translation>Appels — %1</translation>
    </message>
    <message>
        <source>call session</source>
        <translation>session d&apos;appels</translation>
    </message>
    <message numerus="yes">
        <source>Ask the server for %n more people to call</source>
        <translation>
            <numerusform>Demander au serveur %n autre personne à appeler</numerusform>
            <numerusform>Demander au serveur %n autres personnes à appeler</numerusform>
        </translation>
    </message>
    <message>
        <source>Give this person back without calling: another volunteer may call them</source>
        <translation>Rendre cette personne sans l&apos;appeler&#xa0;: un autre bénévole pourra l&apos;appeler</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Numéro copié.</translation>
    </message>
    <message>
        <source>Choose a time to come: when should this person be called back?</source>
        <translation>Choisissez un moment à venir&#xa0;: quand rappeler cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>Call with the telephone application of this computer; the timer starts</source>
        <translation>Appeler avec l&apos;application de téléphone de cet ordinateur&#xa0;; le chronomètre démarre</translation>
    </message>
    <message>
        <source>Copy the number, to dial it on a phone or paste it elsewhere</source>
        <translation>Copier le numéro, pour le composer sur un téléphone ou le coller ailleurs</translation>
    </message>
    <message>
        <source>Notes on this call (kept with the result, for the organisers)</source>
        <translation>Notes sur cet appel (gardées avec le résultat, pour les organisateurs)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>Nobody left to call in this batch: thank you! Get more contacts to go on, or close this window.</source>
        <translation>Plus personne à appeler dans ce lot&#xa0;: merci&#xa0;! Obtenez d&apos;autres contacts pour continuer, ou fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>Nobody to call in this campaign for now. Get more contacts to start.</source>
        <translation>Personne à appeler dans cette campagne pour le moment. Obtenez des contacts pour commencer.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Call with this computer</source>
        <translation>Appeler avec cet ordinateur</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appel n° %1</translation>
    </message>
    <message>
        <source>reserved for you until %1</source>
        <translation>réservé pour vous jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>reservation expired: call now or give back</source>
        <translation>réservation expirée&#xa0;: appelez maintenant ou rendez le contact</translation>
    </message>
    <message>
        <source>No survey for this campaign.</source>
        <translation>Pas de questionnaire pour cette campagne.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Call under way</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>Unknown outcome “%1”.</source>
        <translation>Résultat inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose when to call back.</source>
        <translation>Choisissez quand rappeler.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Enregistré pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>When should %1 be called back?</source>
        <translation>Quand rappeler %1&#xa0;?</translation>
    </message>
    <message>
        <source>Record the call back</source>
        <translation>Enregistrer le rappel</translation>
    </message>
    <message>
        <source>%1 asks never to be called again? Their phone consent will be withdrawn for the whole organisation.</source>
        <translation>%1 demande à ne plus jamais être appelé·e&#xa0;? Son consentement au téléphone sera retiré pour toute l&apos;organisation.</translation>
    </message>
    <message>
        <source>Yes, never call again</source>
        <translation>Oui, ne plus jamais appeler</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 aboutis sur %2</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 aboutis</translation>
    </message>
    <message numerus="yes">
        <source>you: %Ln call(s)</source>
        <translation>
            <numerusform>vous&#xa0;: %Ln appel</numerusform>
            <numerusform>vous&#xa0;: %Ln appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) recorded on this computer</source>
        <translation>
            <numerusform>%Ln appel enregistré sur cet ordinateur</numerusform>
            <numerusform>%Ln appels enregistrés sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet sent</source>
        <translation>
            <numerusform>%Ln pas encore envoyé</numerusform>
            <numerusform>%Ln pas encore envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left in hand</source>
        <translation>
            <numerusform>%Ln restant en main</numerusform>
            <numerusform>%Ln restants en main</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the server to get more contacts (the ones you hold can be called offline)</source>
        <translation>Connectez-vous au serveur pour obtenir d&apos;autres contacts (ceux que vous avez peuvent être appelés hors ligne)</translation>
    </message>
    <message>
        <source>Giving back needs the server: connect first</source>
        <translation>Rendre un contact passe par le serveur&#xa0;: connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>Connect to the server to get more contacts.</source>
        <translation>Connectez-vous au serveur pour obtenir d&apos;autres contacts.</translation>
    </message>
    <message>
        <source>Asking the server for more contacts…</source>
        <translation>Demande d&apos;autres contacts au serveur…</translation>
    </message>
    <message>
        <source>You are not in this campaign&apos;s team any more.</source>
        <translation>Vous ne faites plus partie de l&apos;équipe de cette campagne.</translation>
    </message>
    <message>
        <source>No contact received: %1</source>
        <translation>Aucun contact reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outside calling hours.</source>
        <translation>En dehors des horaires d&apos;appel.</translation>
    </message>
    <message>
        <source>Outside calling hours (next opening %1).</source>
        <translation>En dehors des horaires d&apos;appel (prochaine ouverture&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Nobody is left to call in this campaign for now.</source>
        <translation>Plus personne à appeler dans cette campagne pour le moment.</translation>
    </message>
    <message>
        <source>You already hold as many contacts as allowed: call them first.</source>
        <translation>Vous avez déjà autant de contacts que permis&#xa0;: appelez-les d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) reserved for you.</source>
        <translation>
            <numerusform>%n contact vous est réservé.</numerusform>
            <numerusform>%n contacts vous sont réservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new contact.</source>
        <translation>Aucun nouveau contact.</translation>
    </message>
    <message>
        <source>Nobody to call now. %1</source>
        <translation>Personne à appeler pour le moment. %1</translation>
    </message>
    <message>
        <source>Not given back: %1</source>
        <translation>Non rendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was given back.</source>
        <translation>%1 a été rendu·e.</translation>
    </message>
    <message>
        <source>Offline: the people reserved for you can be called; results are sent at the next sync.</source>
        <translation>Hors ligne&#xa0;: vous pouvez appeler les personnes qui vous sont réservées&#xa0;; les résultats partent à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The campaign is paused: no contact is given out now.</source>
        <translation>La campagne est en pause&#xa0;: aucun contact n’est distribué pour l’instant.</translation>
    </message>
    <message>
        <source>The campaign is closed: no contact is given out any more.</source>
        <translation>La campagne est close&#xa0;: plus aucun contact n’est distribué.</translation>
    </message>
</context>
</TS>
