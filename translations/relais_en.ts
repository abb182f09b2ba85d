<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContactImporter</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>This line has %1 values where the header has %2 columns.</source>
        <translation>This line has %1 values where the header has %2 columns.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: &quot;%2&quot; is neither yes nor no.</translation>
    </message>
    <message>
        <source>Membership: &quot;%1&quot; is not a known status (member, supporter, former member).</source>
        <translation>Membership: &quot;%1&quot; is not a known status (member, supporter, former member).</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Email consent</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Phone consent</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>SMS consent</translation>
    </message>
    <message>
        <source>Date of birth: &quot;%1&quot; is not a date (expected 31/12/1980).</source>
        <translation>Date of birth: &quot;%1&quot; is not a date (expected 31/12/1980).</translation>
    </message>
    <message>
        <source>Commune: &quot;%1&quot; does not have the postal code %2.</source>
        <translation>Commune: &quot;%1&quot; does not have the postal code %2.</translation>
    </message>
    <message>
        <source>Commune: &quot;%1&quot; is not a French commune.</source>
        <translation>Commune: &quot;%1&quot; is not a French commune.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing lines %1 to %2 failed, none of them was imported: %3</source>
        <translation>Writing lines %1 to %2 failed, none of them was imported: %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>The contact has no zone.</source>
        <translation>The contact has no zone.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give at least a name, an email address or a phone number.</source>
        <translation>Give at least a name, an email address or a phone number.</translation>
    </message>
    <message>
        <source>A French postal code has five digits.</source>
        <translation>A French postal code has five digits.</translation>
    </message>
    <message>
        <source>No commune has the postal code %1.</source>
        <translation>No commune has the postal code %1.</translation>
    </message>
    <message>
        <source>This commune does not have the postal code %1.</source>
        <translation>This commune does not have the postal code %1.</translation>
    </message>
    <message>
        <source>Unknown commune.</source>
        <translation>Unknown commune.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>A profile already exists in %1; nothing was changed.</source>
        <translation>A profile already exists in %1; nothing was changed.</translation>
    </message>
    <message>
        <source>Inserting demo contacts failed after %1 of %2: %3</source>
        <translation>Inserting demo contacts failed after %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The email address is empty.</source>
        <translation>The email address is empty.</translation>
    </message>
    <message>
        <source>The email address needs an @ sign, as in name@example.fr.</source>
        <translation>The email address needs an @ sign, as in name@example.fr.</translation>
    </message>
    <message>
        <source>The email address has more than one @ sign.</source>
        <translation>The email address has more than one @ sign.</translation>
    </message>
    <message>
        <source>The part before the @ sign is missing or too long.</source>
        <translation>The part before the @ sign is missing or too long.</translation>
    </message>
    <message>
        <source>The part before the @ sign has a misplaced dot.</source>
        <translation>The part before the @ sign has a misplaced dot.</translation>
    </message>
    <message>
        <source>The email address contains a character that is not allowed: &quot;%1&quot;.</source>
        <translation>The email address contains a character that is not allowed: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The domain after the @ sign is incomplete, as in example.fr.</source>
        <translation>The domain after the @ sign is incomplete, as in example.fr.</translation>
    </message>
    <message>
        <source>The domain after the @ sign is not valid.</source>
        <translation>The domain after the @ sign is not valid.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Access to the keychain was refused.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked).</source>
        <translation>The keychain refused access (it may be locked).</translation>
    </message>
    <message>
        <source>The keychain could not forget the key.</source>
        <translation>The keychain could not forget the key.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (such as GNOME Keyring or KWallet).</source>
        <translation>No keychain is available on this computer (such as GNOME Keyring or KWallet).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The keychain cannot be used before the application has started.</source>
        <translation>The keychain cannot be used before the application has started.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>The keychain did not answer in time.</translation>
    </message>
    <message>
        <source>There is no key to remember.</source>
        <translation>There is no key to remember.</translation>
    </message>
    <message>
        <source>The key remembered on this computer is damaged; enter the passphrase instead.</source>
        <translation>The key remembered on this computer is damaged; enter the passphrase instead.</translation>
    </message>
</context>
<context>
    <name>MarkdownDocument</name>
    <message>
        <source>Bold or italic is not closed: put the same ** or __ after the words too.</source>
        <translation>Bold or italic is not closed: put the same ** or __ after the words too.</translation>
    </message>
    <message>
        <source>This looks like a broken link: write [the words](https://address).</source>
        <translation>This looks like a broken link: write [the words](https://address).</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>An image has no description: write ![what it shows](https://address) for readers who do not load images.</source>
        <translation>An image has no description: write ![what it shows](https://address) for readers who do not load images.</translation>
    </message>
    <message>
        <source>The image address “%1” must start with https://.</source>
        <translation>The image address “%1” must start with https://.</translation>
    </message>
    <message>
        <source>The link “%1” has no address.</source>
        <translation>The link “%1” has no address.</translation>
    </message>
    <message>
        <source>The link “%1” must lead to a web address (https://…) or an e-mail address (mailto:…).</source>
        <translation>The link “%1” must lead to a web address (https://…) or an e-mail address (mailto:…).</translation>
    </message>
    <message>
        <source>HTML written in the text is left out of the e-mail: use the formatting buttons instead.</source>
        <translation>HTML written in the text is left out of the e-mail: use the formatting buttons instead.</translation>
    </message>
</context>
<context>
    <name>MarkdownFormatter</name>
    <message>
        <source>link text</source>
        <translation>link text</translation>
    </message>
    <message>
        <source>what the image shows</source>
        <translation>what the image shows</translation>
    </message>
    <message>
        <source>Button label</source>
        <translation>Button label</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This profile was written by a newer version of Relais (schema %1, this program knows %2). Update Relais to open it.</source>
        <translation>This profile was written by a newer version of Relais (schema %1, this program knows %2). Update Relais to open it.</translation>
    </message>
    <message>
        <source>Upgrading the profile to schema %1 failed: %2</source>
        <translation>Upgrading the profile to schema %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>NewsletterStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>NewsletterTemplate</name>
    <message>
        <source>A personalisation token is not closed: write {{first_name}}, with }} at the end.</source>
        <translation>A personalisation token is not closed: write {{first_name}}, with }} at the end.</translation>
    </message>
    <message>
        <source>Unknown personalisation token {{%1}}. The tokens are: %2.</source>
        <translation>Unknown personalisation token {{%1}}. The tokens are: %2.</translation>
    </message>
    <message>
        <source>The newsletter has no subject.</source>
        <translation>The newsletter has no subject.</translation>
    </message>
    <message>
        <source>The newsletter has no text.</source>
        <translation>The newsletter has no text.</translation>
    </message>
</context>
<context>
    <name>PetitionSlug</name>
    <message>
        <source>Give the petition a public address.</source>
        <translation>Give the petition a public address.</translation>
    </message>
    <message>
        <source>The public address needs at least 3 characters.</source>
        <translation>The public address needs at least 3 characters.</translation>
    </message>
    <message>
        <source>The public address can have at most %1 characters.</source>
        <translation>The public address can have at most %1 characters.</translation>
    </message>
    <message>
        <source>The public address must start with a letter or a digit.</source>
        <translation>The public address must start with a letter or a digit.</translation>
    </message>
    <message>
        <source>The public address can only hold lowercase letters without accents, digits and dashes.</source>
        <translation>The public address can only hold lowercase letters without accents, digits and dashes.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <source>The phone number contains characters that are not digits.</source>
        <translation>The phone number contains characters that are not digits.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>This is not a phone number.</translation>
    </message>
    <message>
        <source>The phone number is too short.</source>
        <translation>The phone number is too short.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>The phone number is too long.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>This phone number does not exist.</translation>
    </message>
</context>
<context>
    <name>ProfileVault</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>A profile already exists in %1; it was left untouched.</source>
        <translation>A profile already exists in %1; it was left untouched.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Could not allocate protected memory for the key.</source>
        <translation>Could not allocate protected memory for the key.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed (not enough memory?).</source>
        <translation>Deriving the key from the passphrase failed (not enough memory?).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>There is no Relais profile in %1.</source>
        <translation>There is no Relais profile in %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The profile&apos;s key file %1 is damaged.</source>
        <translation>The profile&apos;s key file %1 is damaged.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Wrong passphrase. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>Weak: a few random words make a passphrase that is long and easy to remember.</source>
        <translation>Weak: a few random words make a passphrase that is long and easy to remember.</translation>
    </message>
    <message>
        <source>Fair: add another word or some digits and symbols.</source>
        <translation>Fair: add another word or some digits and symbols.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
</context>
<context>
    <name>ProxyMatchTerms</name>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Mark accepted</source>
        <translation>Mark accepted</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Mark declined</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel the match</source>
        <translation>Cancel the match</translation>
    </message>
    <message>
        <source>Same polling station</source>
        <translation>Same polling station</translation>
    </message>
    <message>
        <source>Same commune</source>
        <translation>Same commune</translation>
    </message>
    <message>
        <source>Same department</source>
        <translation>Same department</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
</context>
<context>
    <name>ProxyMatchWriter</name>
    <message numerus="yes">
        <source>In round %2, %1 already holds %n procuration(s) established in France, the most allowed (Code électoral, art. L73): only a mandant established abroad could still be added.</source>
        <translation>
            <numerusform>In round %2, %1 already holds %n procuration established in France, the most allowed (Code électoral, art. L73): only a mandant established abroad could still be added.</numerusform>
            <numerusform>In round %2, %1 already holds %n procurations established in France, the most allowed (Code électoral, art. L73): only a mandant established abroad could still be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is full in round %2: they already hold %n procuration(s), the most the election allows.</source>
        <translation>
            <numerusform>%1 is full in round %2: they already hold %n procuration, the most the election allows.</numerusform>
            <numerusform>%1 is full in round %2: they already hold %n procurations, the most the election allows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one request and one offer.</source>
        <translation>Select one request and one offer.</translation>
    </message>
    <message>
        <source>The request of %1 was withdrawn.</source>
        <translation>The request of %1 was withdrawn.</translation>
    </message>
    <message>
        <source>The offer of %1 was withdrawn.</source>
        <translation>The offer of %1 was withdrawn.</translation>
    </message>
    <message>
        <source>%1 cannot hold their own procuration: the request and the offer are the same person.</source>
        <translation>%1 cannot hold their own procuration: the request and the offer are the same person.</translation>
    </message>
    <message>
        <source>The request is in %1 and the offer in %2: a mandataire is always found in the mandant&apos;s department.</source>
        <translation>The request is in %1 and the offer in %2: a mandataire is always found in the mandant&apos;s department.</translation>
    </message>
    <message>
        <source>%1 does not ask for a mandataire in round %2.</source>
        <translation>%1 does not ask for a mandataire in round %2.</translation>
    </message>
    <message>
        <source>Round %1 of this request is already held by %2 (%3): cancel that match first.</source>
        <translation>Round %1 of this request is already held by %2 (%3): cancel that match first.</translation>
    </message>
    <message>
        <source>another mandataire</source>
        <translation>another mandataire</translation>
    </message>
    <message>
        <source>Every round %1 asks for already has a mandataire.</source>
        <translation>Every round %1 asks for already has a mandataire.</translation>
    </message>
    <message>
        <source>%1 is not available in round %2.</source>
        <translation>%1 is not available in round %2.</translation>
    </message>
    <message>
        <source>The request and the offer must be in the same department.</source>
        <translation>The request and the offer must be in the same department.</translation>
    </message>
    <message>
        <source>This match is not allowed: %1.</source>
        <translation>This match is not allowed: %1.</translation>
    </message>
    <message>
        <source>A new match is either suggested or proposed.</source>
        <translation>A new match is either suggested or proposed.</translation>
    </message>
    <message>
        <source>No match is selected.</source>
        <translation>No match is selected.</translation>
    </message>
    <message>
        <source>The requests, offers or matches have changed since: suggest the matches again (%1).</source>
        <translation>The requests, offers or matches have changed since: suggest the matches again (%1).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>This match no longer exists.</source>
        <translation>This match no longer exists.</translation>
    </message>
    <message>
        <source>A match that is “%1” cannot become “%2”.</source>
        <translation>A match that is “%1” cannot become “%2”.</translation>
    </message>
    <message>
        <source>%1 is not available in round %2: match round %3 only, or choose another mandataire.</source>
        <translation>%1 is not available in round %2: match round %3 only, or choose another mandataire.</translation>
    </message>
</context>
<context>
    <name>PullSession</name>
    <message numerus="yes">
        <source>The server&apos;s answer ended with %n operations after its last checkpoint.</source>
        <translation>
            <numerusform>The server&apos;s answer ended with %n operation after its last checkpoint.</numerusform>
            <numerusform>The server&apos;s answer ended with %n operations after its last checkpoint.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer ended before its final checkpoint.</source>
        <translation>The server&apos;s answer ended before its final checkpoint.</translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>The record has no type.</source>
        <translation>The record has no type.</translation>
    </message>
    <message>
        <source>Records of type “%1” cannot be saved here.</source>
        <translation>Records of type “%1” cannot be saved here.</translation>
    </message>
    <message>
        <source>The record has no zone.</source>
        <translation>The record has no zone.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>Signatures are written by the server only.</source>
        <translation>Signatures are written by the server only.</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>No key to open the profile.</source>
        <translation>No key to open the profile.</translation>
    </message>
    <message>
        <source>The profile database cannot be opened: %1</source>
        <translation>The profile database cannot be opened: %1</translation>
    </message>
    <message>
        <source>The profile database is not encrypted; Relais refuses to use it.</source>
        <translation>The profile database is not encrypted; Relais refuses to use it.</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <source>This conflict is about a field this version of Relais does not know.</source>
        <translation>This conflict is about a field this version of Relais does not know.</translation>
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
        <translation>relais: set the environment variable RELAIS_PASSPHRASE to the passphrase of the new profile (at least %1 characters).</translation>
    </message>
    <message>
        <source>%1 / %2 demo contacts inserted (%3 s)</source>
        <translation>%1 / %2 demo contacts inserted (%3 s)</translation>
    </message>
    <message>
        <source>Profile created in %1 with %2 demo contacts.</source>
        <translation>Profile created in %1 with %2 demo contacts.</translation>
    </message>
    <message>
        <source>relais: --lang must be fr or en.</source>
        <translation>relais: --lang must be fr or en.</translation>
    </message>
    <message>
        <source>Relais: contacts, campaigns and events for political organisations.</source>
        <translation>Relais: contacts, campaigns and events for political organisations.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;folder&gt; (default: the last one opened).</source>
        <translation>Use the profile in &lt;folder&gt; (default: the last one opened).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Create a new profile holding &lt;count&gt; demo contacts, then exit (no window; the passphrase comes from RELAIS_PASSPHRASE).</source>
        <translation>Create a new profile holding &lt;count&gt; demo contacts, then exit (no window; the passphrase comes from RELAIS_PASSPHRASE).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Language of the interface: fr or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>relais: unexpected argument %1 (see --help).</source>
        <translation>relais: unexpected argument %1 (see --help).</translation>
    </message>
    <message>
        <source>relais: --create-demo needs a number of contacts (0 or more).</source>
        <translation>relais: --create-demo needs a number of contacts (0 or more).</translation>
    </message>
</context>
<context>
    <name>relais::AppController</name>
    <message>
        <source>The key remembered on this computer no longer opens this profile. Enter the passphrase.</source>
        <translation>The key remembered on this computer no longer opens this profile. Enter the passphrase.</translation>
    </message>
    <message>
        <source>The keychain did not give the remembered key: %1 Enter the passphrase.</source>
        <translation>The keychain did not give the remembered key: %1 Enter the passphrase.</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>The profile could not be remembered on this computer: %1
The passphrase will be asked at each start.</source>
        <translation>The profile could not be remembered on this computer: %1
The passphrase will be asked at each start.</translation>
    </message>
    <message>
        <source>The key remembered on this computer could not be forgotten: %1</source>
        <translation>The key remembered on this computer could not be forgotten: %1</translation>
    </message>
    <message>
        <source>Keychain: remembered on this computer</source>
        <translation>Keychain: remembered on this computer</translation>
    </message>
    <message>
        <source>Relais opens this profile without asking for the passphrase on this computer. Untick &quot;Remember on this computer&quot; at the next unlock to stop.</source>
        <translation>Relais opens this profile without asking for the passphrase on this computer. Untick &quot;Remember on this computer&quot; at the next unlock to stop.</translation>
    </message>
    <message>
        <source>Keychain: not available — passphrase asked at each start</source>
        <translation>Keychain: not available — passphrase asked at each start</translation>
    </message>
    <message>
        <source>Passphrase asked at each start</source>
        <translation>Passphrase asked at each start</translation>
    </message>
    <message>
        <source>Sign-up kiosk</source>
        <translation>Sign-up kiosk</translation>
    </message>
    <message>
        <source>Name of the event (it is recorded with each sign-up):</source>
        <translation>Name of the event (it is recorded with each sign-up):</translation>
    </message>
    <message numerus="yes">
        <source>Relais locked itself after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Relais locked itself after %n minute without activity.</numerusform>
            <numerusform>Relais locked itself after %n minutes without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relais locked itself after a while without activity.</source>
        <translation>Relais locked itself after a while without activity.</translation>
    </message>
</context>
<context>
    <name>relais::AudienceEditor</name>
    <message>
        <source>Save this audience…</source>
        <translation>Save this audience…</translation>
    </message>
    <message>
        <source>The newsletter goes to the contacts of the ticked zones</source>
        <translation>The newsletter goes to the contacts of the ticked zones</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>No tag left out</source>
        <translation>No tag left out</translation>
    </message>
    <message>
        <source>Use an audience saved earlier</source>
        <translation>Use an audience saved earlier</translation>
    </message>
    <message>
        <source>Keep this audience under a name, to use it again for other newsletters</source>
        <translation>Keep this audience under a name, to use it again for other newsletters</translation>
    </message>
    <message>
        <source>Counted in the contacts on this computer: only those who agreed to receive e-mails and have an address.</source>
        <translation>Counted in the contacts on this computer: only those who agreed to receive e-mails and have an address.</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Saved audiences</source>
        <translation>Saved audiences</translation>
    </message>
    <message>
        <source>With at least one of these tags</source>
        <translation>With at least one of these tags</translation>
    </message>
    <message>
        <source>Leave empty for everyone, whatever their tags.</source>
        <translation>Leave empty for everyone, whatever their tags.</translation>
    </message>
    <message>
        <source>Without these tags</source>
        <translation>Without these tags</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>None ticked: members or not, everyone.</source>
        <translation>None ticked: members or not, everyone.</translation>
    </message>
    <message>
        <source>No zone chosen</source>
        <translation>No zone chosen</translation>
    </message>
    <message>
        <source>The recipients could not be counted: %1</source>
        <translation>The recipients could not be counted: %1</translation>
    </message>
    <message>
        <source>Tick at least one zone</source>
        <translation>Tick at least one zone</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s count appears here when you are connected.</source>
        <translation>The server&apos;s count appears here when you are connected.</translation>
    </message>
    <message>
        <source>According to the server: counting…</source>
        <translation>According to the server: counting…</translation>
    </message>
    <message numerus="yes">
        <source>According to the server: %Ln recipient(s)</source>
        <translation>
            <numerusform>According to the server: %Ln recipient</numerusform>
            <numerusform>According to the server: %Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refuses to count: you may not send newsletters to this zone.</source>
        <translation>The server refuses to count: you may not send newsletters to this zone.</translation>
    </message>
    <message>
        <source>The server could not count: %1</source>
        <translation>The server could not count: %1</translation>
    </message>
    <message>
        <source>Choose a saved audience…</source>
        <translation>Choose a saved audience…</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>The profile is locked.</translation>
    </message>
    <message>
        <source>Give the audience a name.</source>
        <translation>Give the audience a name.</translation>
    </message>
    <message>
        <source>Save the audience</source>
        <translation>Save the audience</translation>
    </message>
    <message>
        <source>Name of this audience (for example “Young members of the Rhône”):</source>
        <translation>Name of this audience (for example “Young members of the Rhône”):</translation>
    </message>
    <message>
        <source>The audience could not be saved: %1</source>
        <translation>The audience could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>relais::AuthClient</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>The server&apos;s certificate is not trusted.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The server refused to sign in (%1).</source>
        <translation>The server refused to sign in (%1).</translation>
    </message>
    <message>
        <source>Signing in is remembered until Relais closes.</source>
        <translation>Signing in is remembered until Relais closes.</translation>
    </message>
    <message>
        <source>The server&apos;s session cannot be kept in the keychain.</source>
        <translation>The server&apos;s session cannot be kept in the keychain.</translation>
    </message>
</context>
<context>
    <name>relais::CallCampaignEditor</name>
    <message>
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>e.g. Calls to supporters before the regional vote</source>
        <translation>e.g. Calls to supporters before the regional vote</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The campaign belongs to this zone: the zones where you may manage call sessions</source>
        <translation>The campaign belongs to this zone: the zones where you may manage call sessions</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Volunteers get contacts only from an active campaign</source>
        <translation>Volunteers get contacts only from an active campaign</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>usernames of the volunteers, Enter after each</source>
        <translation>usernames of the volunteers, Enter after each</translation>
    </message>
    <message>
        <source>The accounts that may call for this campaign (volunteers may also join with an invitation code)</source>
        <translation>The accounts that may call for this campaign (volunteers may also join with an invitation code)</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Who is called</source>
        <translation>Who is called</translation>
    </message>
    <message>
        <source>Contacts of the ticked zones, with a phone number and phone consent</source>
        <translation>Contacts of the ticked zones, with a phone number and phone consent</translation>
    </message>
    <message>
        <source>any contact</source>
        <translation>any contact</translation>
    </message>
    <message>
        <source>none left out</source>
        <translation>none left out</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Zones:</translation>
    </message>
    <message>
        <source>With one of the tags:</source>
        <translation>With one of the tags:</translation>
    </message>
    <message>
        <source>Without the tags:</source>
        <translation>Without the tags:</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>Membership:</translation>
    </message>
    <message>
        <source>None ticked: every status. Only contacts with a phone number and phone consent are called; the server builds the list when the campaign is saved.</source>
        <translation>None ticked: every status. Only contacts with a phone number and phone consent are called; the server builds the list when the campaign is saved.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>What the volunteer says, in Markdown: “Bonjour {{first_name|}}, je vous appelle de la part de…”</source>
        <translation>What the volunteer says, in Markdown: “Bonjour {{first_name|}}, je vous appelle de la part de…”</translation>
    </message>
    <message>
        <source>Insert a personal field</source>
        <translation>Insert a personal field</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
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
        <translation>The server fills them in for each person called.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Choices (separated by ;)</source>
        <translation>Choices (separated by ;)</translation>
    </message>
    <message>
        <source>Calling hours and rules</source>
        <translation>Calling hours and rules</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Days:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>(Paris time)</source>
        <translation>(Paris time)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>After this many calls without a final answer, the person is no longer called</source>
        <translation>After this many calls without a final answer, the person is no longer called</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>After a busy line or a voicemail, wait this long before calling again</source>
        <translation>After a busy line or a voicemail, wait this long before calling again</translation>
    </message>
    <message>
        <source>How long a contact stays reserved for the volunteer who took it</source>
        <translation>How long a contact stays reserved for the volunteer who took it</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>No goal</translation>
    </message>
    <message>
        <source>The number of completed calls aimed at</source>
        <translation>The number of completed calls aimed at</translation>
    </message>
    <message>
        <source>&amp;Retry after:</source>
        <translation>&amp;Retry after:</translation>
    </message>
    <message>
        <source>&amp;Attempts at most:</source>
        <translation>&amp;Attempts at most:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>R&amp;eserved for:</source>
        <translation>R&amp;eserved for:</translation>
    </message>
    <message>
        <source>%1 (all of it)</source>
        <translation>%1 (all of it)</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>One choice</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Several choices</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Written answer</translation>
    </message>
    <message>
        <source>Madame, Monsieur</source>
        <comment>fallback when the first name is unknown</comment>
        <translation>Madame, Monsieur</translation>
    </message>
    <message>
        <source>New call campaign</source>
        <translation>New call campaign</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>No campaign selected</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Give the campaign a name.</translation>
    </message>
    <message>
        <source>Choose a zone: your account may not manage call sessions in any zone.</source>
        <translation>Choose a zone: your account may not manage call sessions in any zone.</translation>
    </message>
    <message>
        <source>Tick at least one zone to call.</source>
        <translation>Tick at least one zone to call.</translation>
    </message>
    <message>
        <source>Write the script the volunteers will read.</source>
        <translation>Write the script the volunteers will read.</translation>
    </message>
    <message>
        <source>Question %1: its id must be 1 to 32 lowercase letters, digits or _ (e.g. vote_intent).</source>
        <translation>Question %1: its id must be 1 to 32 lowercase letters, digits or _ (e.g. vote_intent).</translation>
    </message>
    <message>
        <source>Question %1: the id “%2” is used twice.</source>
        <translation>Question %1: the id “%2” is used twice.</translation>
    </message>
    <message>
        <source>Question %1: write the question.</source>
        <translation>Question %1: write the question.</translation>
    </message>
    <message>
        <source>Question %1: give 2 to 20 choices, separated by “;”.</source>
        <translation>Question %1: give 2 to 20 choices, separated by “;”.</translation>
    </message>
    <message>
        <source>Tick at least one calling day.</source>
        <translation>Tick at least one calling day.</translation>
    </message>
    <message>
        <source>The calling hours must end after they start.</source>
        <translation>The calling hours must end after they start.</translation>
    </message>
    <message>
        <source>You may not change call campaigns of this zone: it is shown read-only.</source>
        <translation>You may not change call campaigns of this zone: it is shown read-only.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync.</source>
        <translation>Saved on this computer; sent to the server at the next sync.</translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation>No campaign is open.</translation>
    </message>
    <message>
        <source>You may not change call campaigns of this zone.</source>
        <translation>You may not change call campaigns of this zone.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
</context>
<context>
    <name>relais::CallLiveView</name>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>Call back later</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <source>Export answers (CSV)…</source>
        <translation>Export answers (CSV)…</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>Calls made</translation>
    </message>
    <message>
        <source>Completed calls</source>
        <translation>Completed calls</translation>
    </message>
    <message>
        <source>Left to call</source>
        <translation>Left to call</translation>
    </message>
    <message>
        <source>With volunteers now</source>
        <translation>With volunteers now</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Calls per hour</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source> uses</source>
        <translation> uses</translation>
    </message>
    <message>
        <source>How many volunteers may join with the code</source>
        <translation>How many volunteers may join with the code</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>How long the code works</source>
        <translation>How long the code works</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>No campaign selected</source>
        <translation>No campaign selected</translation>
    </message>
    <message>
        <source>(unnamed campaign)</source>
        <translation>(unnamed campaign)</translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation>Not on the server yet</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Connect to see the campaign live</source>
        <translation>Connect to see the campaign live</translation>
    </message>
    <message>
        <source>Only organisers of this zone see its figures</source>
        <translation>Only organisers of this zone see its figures</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Not updated: %1</translation>
    </message>
    <message>
        <source>%1 % reached someone</source>
        <translation>%1 % reached someone</translation>
    </message>
    <message>
        <source>no call yet</source>
        <translation>no call yet</translation>
    </message>
    <message>
        <source>goal of %1 reached</source>
        <translation>goal of %1 reached</translation>
    </message>
    <message>
        <source>of a goal of %1</source>
        <translation>of a goal of %1</translation>
    </message>
    <message>
        <source>no goal set</source>
        <translation>no goal set</translation>
    </message>
    <message>
        <source>of %1 people; %2 done</source>
        <translation>of %1 people; %2 done</translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s) calling</source>
        <translation>
            <numerusform>%Ln volunteer calling</numerusform>
            <numerusform>%Ln volunteers calling</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Other outcomes</source>
        <translation>Other outcomes</translation>
    </message>
    <message>
        <source>Share of all the campaign&apos;s calls</source>
        <translation>Share of all the campaign&apos;s calls</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written answer(s)</source>
        <translation>
            <numerusform>%Ln written answer</numerusform>
            <numerusform>%Ln written answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign first.</source>
        <translation>Choose a campaign first.</translation>
    </message>
    <message>
        <source>Exporting the answers needs the contacts.export permission on the campaign&apos;s zone.</source>
        <translation>Exporting the answers needs the contacts.export permission on the campaign&apos;s zone.</translation>
    </message>
    <message>
        <source>The export goes through the server, which checks your permissions and records it in its audit log: connect to the server to export.</source>
        <translation>The export goes through the server, which checks your permissions and records it in its audit log: connect to the server to export.</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>An export is under way.</translation>
    </message>
    <message>
        <source>Download the results with the contacts&apos; names, phones and answers as a CSV file; the server records the export in its audit log</source>
        <translation>Download the results with the contacts&apos; names, phones and answers as a CSV file; the server records the export in its audit log</translation>
    </message>
    <message>
        <source>Create a code volunteers type in Relais to join this campaign&apos;s team</source>
        <translation>Create a code volunteers type in Relais to join this campaign&apos;s team</translation>
    </message>
    <message>
        <source>Invitation codes come from the server: connect, and sync the campaign first</source>
        <translation>Invitation codes come from the server: connect, and sync the campaign first</translation>
    </message>
    <message>
        <source>Downloading the answers from the server…</source>
        <translation>Downloading the answers from the server…</translation>
    </message>
    <message>
        <source>The server refused the export: it needs calls.manage and contacts.export on the campaign&apos;s zone.</source>
        <translation>The server refused the export: it needs calls.manage and contacts.export on the campaign&apos;s zone.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>call-answers-%1.csv</source>
        <translation>call-answers-%1.csv</translation>
    </message>
    <message>
        <source>Export the answers</source>
        <translation>Export the answers</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) saved to %1</source>
        <translation>
            <numerusform>%Ln result saved to %1</numerusform>
            <numerusform>%Ln results saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No code: %1</source>
        <translation>No code: %1</translation>
    </message>
    <message>
        <source>The server sent no code.</source>
        <translation>The server sent no code.</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-family: monospace; font-size: large&quot;&gt;%1&lt;/b&gt; — valid until %2; shown only once, write it down</source>
        <translation>&lt;b style=&quot;font-family: monospace; font-size: large&quot;&gt;%1&lt;/b&gt; — valid until %2; shown only once, write it down</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>relais::CallPage</name>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>My call sessions</source>
        <translation>My call sessions</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Calling hours</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>Invitation code</translation>
    </message>
    <message>
        <source>A code from an organiser: it adds you to the campaign&apos;s team</source>
        <translation>A code from an organiser: it adds you to the campaign&apos;s team</translation>
    </message>
    <message>
        <source>Organise a new phone-bank campaign</source>
        <translation>Organise a new phone-bank campaign</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>(unnamed campaign)</source>
        <translation>(unnamed campaign)</translation>
    </message>
    <message>
        <source>goal %1</source>
        <translation>goal %1</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Not yet on the server</translation>
    </message>
    <message>
        <source>The server&apos;s list of your call sessions is not available: %1</source>
        <translation>The server&apos;s list of your call sessions is not available: %1</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 of %2 completed</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 completed</translation>
    </message>
    <message numerus="yes">
        <source>you: %Ln call(s)</source>
        <translation>
            <numerusform>you: %Ln call</numerusform>
            <numerusform>you: %Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <source>(connect for the figures)</source>
        <translation>(connect for the figures)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>open now</translation>
    </message>
    <message>
        <source>opens %1</source>
        <translation>opens %1</translation>
    </message>
    <message>
        <source>closed now</source>
        <translation>closed now</translation>
    </message>
    <message>
        <source>People reserved for you on this computer, not called yet</source>
        <translation>People reserved for you on this computer, not called yet</translation>
    </message>
    <message>
        <source>Start calling</source>
        <translation>Start calling</translation>
    </message>
    <message>
        <source>You are in no call session. An organiser can add you to a team, or give you an invitation code.</source>
        <translation>You are in no call session. An organiser can add you to a team, or give you an invitation code.</translation>
    </message>
    <message>
        <source>No call session on this computer. Connect to the server to see yours.</source>
        <translation>No call session on this computer. Connect to the server to see yours.</translation>
    </message>
    <message>
        <source>Offline: the people reserved for you can be called; results are sent at the next sync.</source>
        <translation>Offline: the people reserved for you can be called; results are sent at the next sync.</translation>
    </message>
    <message>
        <source>Type the invitation code an organiser gave you.</source>
        <translation>Type the invitation code an organiser gave you.</translation>
    </message>
    <message>
        <source>Joining a team needs the server: connect first.</source>
        <translation>Joining a team needs the server: connect first.</translation>
    </message>
    <message>
        <source>This code is not valid (or no longer).</source>
        <translation>This code is not valid (or no longer).</translation>
    </message>
    <message>
        <source>Not joined: %1</source>
        <translation>Not joined: %1</translation>
    </message>
    <message>
        <source>You are now in the team of “%1”.</source>
        <translation>You are now in the team of “%1”.</translation>
    </message>
</context>
<context>
    <name>relais::CertificateProbe</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The server presented no certificate.</source>
        <translation>The server presented no certificate.</translation>
    </message>
</context>
<context>
    <name>relais::ConflictsPage</name>
    <message>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Keep the current value</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Use the other value</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Other value by</source>
        <translation>Other value by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>The value the server kept stays; the other one is dropped</source>
        <translation>The value the server kept stays; the other one is dropped</translation>
    </message>
    <message>
        <source>The other value replaces the current one, on every computer at the next sync</source>
        <translation>The other value replaces the current one, on every computer at the next sync</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Other emails</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Other phones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent by email</source>
        <translation>Consent by email</translation>
    </message>
    <message>
        <source>Consent by phone</source>
        <translation>Consent by phone</translation>
    </message>
    <message>
        <source>Consent by SMS</source>
        <translation>Consent by SMS</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes, agrees</source>
        <translation>Yes, agrees</translation>
    </message>
    <message>
        <source>No, refuses</source>
        <translation>No, refuses</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Former member</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>(contact not here)</source>
        <translation>(contact not here)</translation>
    </message>
    <message>
        <source>No conflicts: every change made here and elsewhere could be merged.</source>
        <translation>No conflicts: every change made here and elsewhere could be merged.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed both here and elsewhere since the last sync. The current value is the one the server received first; choose, field by field, which value to keep.</source>
        <translation>
            <numerusform>%n field was changed both here and elsewhere since the last sync. The current value is the one the server received first; choose, field by field, which value to keep.</numerusform>
            <numerusform>%n fields were changed both here and elsewhere since the last sync. The current value is the one the server received first; choose, field by field, which value to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>The conflict could not be resolved: %1</translation>
    </message>
</context>
<context>
    <name>relais::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Relais server keeps the contacts of your zone and shares your changes with your team. Ask your administrator for its address and your account.</source>
        <translation>Your organisation&apos;s Relais server keeps the contacts of your zone and shares your changes with your team. Ask your administrator for its address and your account.</translation>
    </message>
    <message>
        <source>https://relais.example.org</source>
        <translation>https://relais.example.org</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Your user name</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Compare it, character by character, with the fingerprint your administrator gave you (printed by the server when it was set up). Trust it only if they are identical: otherwise someone may be listening in between.</source>
        <translation>Compare it, character by character, with the fingerprint your administrator gave you (printed by the server when it was set up). Trust it only if they are identical: otherwise someone may be listening in between.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Trust and connect</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://relais.example.org (only https is accepted).</source>
        <translation>Enter the server address, for example https://relais.example.org (only https is accepted).</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Enter your user name and your password.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contacting %1…</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>The server could not be reached.</translation>
    </message>
    <message>
        <source>The server %1 presents a certificate that no authority known to this computer vouches for (a self-signed certificate, common for an organisation&apos;s own server). Its SHA-256 fingerprint is:</source>
        <translation>The server %1 presents a certificate that no authority known to this computer vouches for (a self-signed certificate, common for an organisation&apos;s own server). Its SHA-256 fingerprint is:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Sign-in failed.</translation>
    </message>
</context>
<context>
    <name>relais::ContactEditor</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Select a contact in the list to see and edit it,
or click “New contact”.</source>
        <translation>Select a contact in the list to see and edit it,
or click “New contact”.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Save the changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Forget the changes not saved yet</translation>
    </message>
    <message>
        <source>How to address the person, e.g. Mme or M.</source>
        <translation>How to address the person, e.g. Mme or M.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>name@example.fr</translation>
    </message>
    <message>
        <source>Several? Separate them with commas</source>
        <translation>Several? Separate them with commas</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Number and street</source>
        <translation>Number and street</translation>
    </message>
    <message>
        <source>69001</source>
        <translation>69001</translation>
    </message>
    <message>
        <source>Postal code (5 digits)</source>
        <translation>Postal code (5 digits)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Other emails:</source>
        <translation>Other emails:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Other phones:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>P&amp;ostal code:</translation>
    </message>
    <message>
        <source>&amp;Membership:</source>
        <translation>&amp;Membership:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consent to be contacted</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Yes, agrees</source>
        <translation>Yes, agrees</translation>
    </message>
    <message>
        <source>No, refuses</source>
        <translation>No, refuses</translation>
    </message>
    <message>
        <source>By email:</source>
        <translation>By email:</translation>
    </message>
    <message>
        <source>By phone:</source>
        <translation>By phone:</translation>
    </message>
    <message>
        <source>By SMS:</source>
        <translation>By SMS:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>No commune has this postal code</source>
        <translation>No commune has this postal code</translation>
    </message>
    <message>
        <source>Type the postal code first</source>
        <translation>Type the postal code first</translation>
    </message>
    <message numerus="yes">
        <source>Choose among %n communes</source>
        <translation>
            <numerusform>%n commune available</numerusform>
            <numerusform>Choose among %n communes</numerusform>
        </translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Not saved yet.</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>Last changed on %1.</translation>
    </message>
    <message>
        <source>Last changed on %1 by %2.</source>
        <translation>Last changed on %1 by %2.</translation>
    </message>
    <message>
        <source>Not sent to the server yet.</source>
        <translation>Not sent to the server yet.</translation>
    </message>
    <message>
        <source>Given on %1 — source: %2</source>
        <translation>Given on %1 — source: %2</translation>
    </message>
    <message>
        <source>Refused on %1 — source: %2</source>
        <translation>Refused on %1 — source: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Please correct what is shown in red.</source>
        <translation>Please correct what is shown in red.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>%1 already has this email address or phone number.

Save a new contact anyway?</source>
        <translation>%1 already has this email address or phone number.

Save a new contact anyway?</translation>
    </message>
    <message>
        <source>Type the date as in %1.</source>
        <translation>Type the date as in %1.</translation>
    </message>
    <message>
        <source>Contact not saved</source>
        <translation>Contact not saved</translation>
    </message>
    <message>
        <source>The contact could not be saved. Nothing was changed.

%1</source>
        <translation>The contact could not be saved. Nothing was changed.

%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>relais::ContactListModel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Not a member</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Former member</translation>
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
        <translation>not asked</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>How the contact agreed to be contacted: by email, phone or SMS</source>
        <translation>How the contact agreed to be contacted: by email, phone or SMS</translation>
    </message>
    <message>
        <source>Agrees to</source>
        <translation>Agrees to</translation>
    </message>
</context>
<context>
    <name>relais::CrmPage</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Clear the search and filters</translation>
    </message>
    <message>
        <source>Search names, emails, phones, communes…</source>
        <translation>Search names, emails, phones, communes…</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F). Press Down to go to the list.</source>
        <translation>Search as you type (Ctrl+F). Press Down to go to the list.</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Add a contact (Ctrl+N)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Only the contacts of a region</source>
        <translation>Only the contacts of a region</translation>
    </message>
    <message>
        <source>Only the contacts of a department</source>
        <translation>Only the contacts of a department</translation>
    </message>
    <message>
        <source>Only the contacts with a tag</source>
        <translation>Only the contacts with a tag</translation>
    </message>
    <message>
        <source>Only the contacts who agreed to be contacted this way</source>
        <translation>Only the contacts who agreed to be contacted this way</translation>
    </message>
    <message>
        <source>Only the contacts with this membership</source>
        <translation>Only the contacts with this membership</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>Any consent</source>
        <translation>Any consent</translation>
    </message>
    <message>
        <source>Accepts emails</source>
        <translation>Accepts emails</translation>
    </message>
    <message>
        <source>Accepts phone calls</source>
        <translation>Accepts phone calls</translation>
    </message>
    <message>
        <source>Accepts SMS</source>
        <translation>Accepts SMS</translation>
    </message>
    <message>
        <source>Any membership</source>
        <translation>Any membership</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All its departments</source>
        <translation>All its departments</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>department number – name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>the new contact</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes made to %1?</source>
        <translation>Save the changes made to %1?</translation>
    </message>
    <message>
        <source>No contacts yet.
Click “New contact” to add one, or import a CSV file from the File menu.</source>
        <translation>No contacts yet.
Click “New contact” to add one, or import a CSV file from the File menu.</translation>
    </message>
    <message>
        <source>No contact matches your search and filters.
Check the spelling, or clear the filters.</source>
        <translation>No contact matches your search and filters.
Check the spelling, or clear the filters.</translation>
    </message>
</context>
<context>
    <name>relais::CsvDocument</name>
    <message>
        <source>Unterminated quoted field</source>
        <translation>Unterminated quoted field</translation>
    </message>
    <message>
        <source>Unexpected character after a closing quote</source>
        <translation>Unexpected character after a closing quote</translation>
    </message>
    <message>
        <source>Quote inside an unquoted field</source>
        <translation>Quote inside an unquoted field</translation>
    </message>
</context>
<context>
    <name>relais::ImportWizard</name>
    <message>
        <source>(do not import)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Email consent (yes/no)</source>
        <translation>Email consent (yes/no)</translation>
    </message>
    <message>
        <source>Phone consent (yes/no)</source>
        <translation>Phone consent (yes/no)</translation>
    </message>
    <message>
        <source>SMS consent (yes/no)</source>
        <translation>SMS consent (yes/no)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV (comma or semicolon separated), with column names on the first line.</source>
        <translation>A spreadsheet saved as CSV (comma or semicolon separated), with column names on the first line.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Relais guessed what each column holds from its name. Check and correct if needed.</source>
        <translation>Relais guessed what each column holds from its name. Check and correct if needed.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>First values</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Duplicates and preview</source>
        <translation>Duplicates and preview</translation>
    </message>
    <message>
        <source>A person already in Relais is recognised by the same email address or the same phone number.</source>
        <translation>A person already in Relais is recognised by the same email address or the same phone number.</translation>
    </message>
    <message>
        <source>Update them with the values of the file (nothing already stored is erased)</source>
        <translation>Update them with the values of the file (nothing already stored is erased)</translation>
    </message>
    <message>
        <source>Skip them: keep what Relais has</source>
        <translation>Skip them: keep what Relais has</translation>
    </message>
    <message>
        <source>Create them anyway as new contacts</source>
        <translation>Create them anyway as new contacts</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Optional, separated by commas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Already known people:</source>
        <translation>Already known people:</translation>
    </message>
    <message>
        <source>Source (kept with consents):</source>
        <translation>Source (kept with consents):</translation>
    </message>
    <message>
        <source>Add these tags:</source>
        <translation>Add these tags:</translation>
    </message>
    <message>
        <source>The first lines, as they will be imported:</source>
        <translation>The first lines, as they will be imported:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Save the rejected lines with their reasons…</source>
        <translation>Save the rejected lines with their reasons…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than 512 MB; split it into several files.</source>
        <translation>The file is larger than 512 MB; split it into several files.</translation>
    </message>
    <message>
        <source>The file is empty or has no column names on its first line.</source>
        <translation>The file is empty or has no column names on its first line.</translation>
    </message>
    <message>
        <source>The file has column names but no contact lines.</source>
        <translation>The file has column names but no contact lines.</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of contacts, %1 columns, separator &quot;%2&quot;, encoding %3.</source>
        <translation>
            <numerusform>%n line of contacts, %1 columns, separator &quot;%2&quot;, encoding %3.</numerusform>
            <numerusform>%n lines of contacts, %1 columns, separator &quot;%2&quot;, encoding %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are malformed and will be reported, not imported.</source>
        <translation>
            <numerusform>%n line is malformed and will be reported, not imported.</numerusform>
            <numerusform>%n lines are malformed and will be reported, not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Choose at least one column holding a name, an email address or a phone number.</source>
        <translation>Choose at least one column holding a name, an email address or a phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is chosen for two columns; keep it for one only.</source>
        <translation>&quot;%1&quot; is chosen for two columns; keep it for one only.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) created, </source>
        <translation>
            <numerusform>%n contact created, </numerusform>
            <numerusform>%n contacts created, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known and skipped, </source>
        <translation>
            <numerusform>%n already known and skipped, </numerusform>
            <numerusform>%n already known and skipped, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected.</source>
        <translation>
            <numerusform>%n line rejected.</numerusform>
            <numerusform>%n lines rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected lines</source>
        <translation>Save the rejected lines</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rejected.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Why it was not imported</translation>
    </message>
</context>
<context>
    <name>relais::KioskWindow</name>
    <message>
        <source>Sign up — %1</source>
        <translation>Sign up — %1</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Sign up to stay in touch.</source>
        <translation>Sign up to stay in touch.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>name@example.fr</source>
        <translation>name@example.fr</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>I agree to be contacted by:</source>
        <translation>I agree to be contacted by:</translation>
    </message>
    <message>
        <source>Email (news and invitations)</source>
        <translation>Email (news and invitations)</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Phone calls</translation>
    </message>
    <message>
        <source>Text messages (SMS)</source>
        <translation>Text messages (SMS)</translation>
    </message>
    <message>
        <source>Nothing is ticked for you. Your details are kept by the organisers of this event and used only to keep in touch with you; you can withdraw your consent at any time, and ask to see or erase your details.</source>
        <translation>Nothing is ticked for you. Your details are kept by the organisers of this event and used only to keep in touch with you; you can withdraw your consent at any time, and ask to see or erase your details.</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Your sign-up is saved. See you soon!</source>
        <translation>Your sign-up is saved. See you soon!</translation>
    </message>
    <message>
        <source>Next sign-up</source>
        <translation>Next sign-up</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <source>Only the organisers can leave the kiosk: enter the passphrase of the profile.</source>
        <translation>Only the organisers can leave the kiosk: enter the passphrase of the profile.</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Sign-ups cannot be saved right now: the profile is locked. Please ask an organiser.</source>
        <translation>Sign-ups cannot be saved right now: the profile is locked. Please ask an organiser.</translation>
    </message>
    <message>
        <source>Please tell us your name.</source>
        <translation>Please tell us your name.</translation>
    </message>
    <message>
        <source>Please give an email address or a phone number so that we can keep in touch.</source>
        <translation>Please give an email address or a phone number so that we can keep in touch.</translation>
    </message>
    <message>
        <source>To receive news by email, please give your email address.</source>
        <translation>To receive news by email, please give your email address.</translation>
    </message>
    <message>
        <source>To be called or to receive text messages, please give your phone number.</source>
        <translation>To be called or to receive text messages, please give your phone number.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved: %1 Please try again or ask an organiser.</source>
        <translation>Your sign-up could not be saved: %1 Please try again or ask an organiser.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Thank you, %1!</translation>
    </message>
    <message>
        <source>Wrong passphrase. The kiosk stays open.</source>
        <translation>Wrong passphrase. The kiosk stays open.</translation>
    </message>
</context>
<context>
    <name>relais::MainWindow</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Search and edit your contacts</translation>
    </message>
    <message>
        <source>Event kiosk</source>
        <translation>Event kiosk</translation>
    </message>
    <message>
        <source>Full-screen sign-up form for an event: visitors enter their own details</source>
        <translation>Full-screen sign-up form for an event: visitors enter their own details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import contacts from CSV…</source>
        <translation>&amp;Import contacts from CSV…</translation>
    </message>
    <message>
        <source>&amp;Export the current list to CSV…</source>
        <translation>&amp;Export the current list to CSV…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Close the profile: its passphrase is needed to open it again</source>
        <translation>Close the profile: its passphrase is needed to open it again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation>&amp;About Relais</translation>
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
            <numerusform>%Ln contact matches</numerusform>
            <numerusform>%Ln contacts match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in total</source>
        <translation>
            <numerusform>%Ln in total</numerusform>
            <numerusform>%Ln in total</numerusform>
        </translation>
    </message>
    <message>
        <source>About Relais</source>
        <translation>About Relais</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Relais %1&lt;/h3&gt;&lt;p&gt;Contacts, mobilisation and events for political organisations, even without a network.&lt;/p&gt;&lt;p&gt;Your contacts are stored encrypted on this computer and shared with your organisation&apos;s server when a connection is available.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Relais %1&lt;/h3&gt;&lt;p&gt;Contacts, mobilisation and events for political organisations, even without a network.&lt;/p&gt;&lt;p&gt;Your contacts are stored encrypted on this computer and shared with your organisation&apos;s server when a connection is available.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <source>The current list is empty: there is nothing to export.</source>
        <translation>The current list is empty: there is nothing to export.</translation>
    </message>
    <message>
        <source>relais-contacts-%1.csv</source>
        <translation>relais-contacts-%1.csv</translation>
    </message>
    <message>
        <source>Export the current list</source>
        <translation>Export the current list</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The file %1 could not be written:
%2

Nothing was exported.</source>
        <translation>The file %1 could not be written:
%2

Nothing was exported.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln contact exported to %1.</numerusform>
            <numerusform>%Ln contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file holds personal data in clear: keep it safe and delete it when you no longer need it.</source>
        <translation>This file holds personal data in clear: keep it safe and delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>The profile is locked.</source>
        <translation>The profile is locked.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>Other emails</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Other phones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Email consent</source>
        <translation>Email consent</translation>
    </message>
    <message>
        <source>Phone consent</source>
        <translation>Phone consent</translation>
    </message>
    <message>
        <source>SMS consent</source>
        <translation>SMS consent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Exporting contacts…</source>
        <translation>Exporting contacts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Fields changed both here and elsewhere: choose which value to keep</source>
        <translation>Fields changed both here and elsewhere: choose which value to keep</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Connect to a server…</translation>
    </message>
    <message>
        <source>Sync this profile with your organisation&apos;s Relais server</source>
        <translation>Sync this profile with your organisation&apos;s Relais server</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Show &amp;conflicts</source>
        <translation>Show &amp;conflicts</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Newsletters</translation>
    </message>
    <message>
        <source>Write newsletters and send them to the contacts of your zones</source>
        <translation>Write newsletters and send them to the contacts of your zones</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>Write petitions, follow their signatures and export them</source>
        <translation>Write petitions, follow their signatures and export them</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Phone banking: organise call campaigns, or call the people reserved for you</source>
        <translation>Phone banking: organise call campaigns, or call the people reserved for you</translation>
    </message>
    <message>
        <source>Proxy votes</source>
        <translation>Proxy votes</translation>
    </message>
    <message>
        <source>Procurations: match the voters who cannot vote with volunteers who will vote for them</source>
        <translation>Procurations: match the voters who cannot vote with volunteers who will vote for them</translation>
    </message>
</context>
<context>
    <name>relais::NewsletterEditor</name>
    <message>
        <source>Template name:</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Send a test…</source>
        <translation>Send a test…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Send now…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Cancel sending…</source>
        <translation>Cancel sending…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Where the newsletter is sent: its recipients and sender identities depend on it</source>
        <translation>Where the newsletter is sent: its recipients and sender identities depend on it</translation>
    </message>
    <message>
        <source>The name and address the newsletter comes from</source>
        <translation>The name and address the newsletter comes from</translation>
    </message>
    <message>
        <source>What the recipients read in their inbox</source>
        <translation>What the recipients read in their inbox</translation>
    </message>
    <message>
        <source>The line shown after the subject in most inboxes (optional)</source>
        <translation>The line shown after the subject in most inboxes (optional)</translation>
    </message>
    <message>
        <source>Write the newsletter here. Use the buttons above to format it.</source>
        <translation>Write the newsletter here. Use the buttons above to format it.</translation>
    </message>
    <message>
        <source>Click a line to go to the place in the text</source>
        <translation>Click a line to go to the place in the text</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Preheader:</source>
        <translation>Preheader:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Make the line a heading</source>
        <translation>Make the line a heading</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>bold text</source>
        <translation>bold text</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>italic text</source>
        <translation>italic text</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Turn the selected words into a link</source>
        <translation>Turn the selected words into a link</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• List</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. List</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>An image from its web address (https://…)</source>
        <translation>An image from its web address (https://…)</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <source>A button leading to a web page</source>
        <translation>A button leading to a web page</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insert field</translation>
    </message>
    <message>
        <source>Words replaced by each recipient&apos;s own details</source>
        <translation>Words replaced by each recipient&apos;s own details</translation>
    </message>
    <message>
        <source>First name (or “Madam, Sir”)</source>
        <translation>First name (or “Madam, Sir”)</translation>
    </message>
    <message>
        <source>Madam, Sir</source>
        <comment>greeting without a first name</comment>
        <translation>Madam, Sir</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Title (Mr, Ms…)</source>
        <translation>Title (Mr, Ms…)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Keep a copy of this newsletter as a template for future ones</source>
        <translation>Keep a copy of this newsletter as a template for future ones</translation>
    </message>
    <message>
        <source>Saved on this computer; not yet on the server.</source>
        <translation>Saved on this computer; not yet on the server.</translation>
    </message>
    <message>
        <source>Hello {{first_name|Madam, Sir}},</source>
        <translation>Hello {{first_name|Madam, Sir}},</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>sender name &lt;address&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No sender for this zone yet: ask your administrator</source>
        <translation>No sender for this zone yet: ask your administrator</translation>
    </message>
    <message>
        <source>Sender identities are created on the server by your organisation&apos;s administrator</source>
        <translation>Sender identities are created on the server by your organisation&apos;s administrator</translation>
    </message>
    <message>
        <source>(the recipient&apos;s own unsubscribe link)</source>
        <translation>(the recipient&apos;s own unsubscribe link)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Error: the newsletter cannot be sent until it is fixed</source>
        <translation>Error: the newsletter cannot be sent until it is fixed</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No problem found.</translation>
    </message>
    <message>
        <source>No newsletter open</source>
        <translation>No newsletter open</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>New newsletter</source>
        <translation>New newsletter</translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · not saved</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>There is nothing to save.</translation>
    </message>
    <message>
        <source>Choose the zone of the newsletter first.</source>
        <translation>Choose the zone of the newsletter first.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>The newsletter could not be saved: %1</source>
        <translation>The newsletter could not be saved: %1</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>The template could not be saved: %1</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Template “%1” saved.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name of the template:</translation>
    </message>
    <message>
        <source>Open a newsletter first.</source>
        <translation>Open a newsletter first.</translation>
    </message>
    <message>
        <source>A template is not sent: create a newsletter from it.</source>
        <translation>A template is not sent: create a newsletter from it.</translation>
    </message>
    <message>
        <source>This newsletter is no longer a draft.</source>
        <translation>This newsletter is no longer a draft.</translation>
    </message>
    <message>
        <source>Sending is under way.</source>
        <translation>Sending is under way.</translation>
    </message>
    <message>
        <source>Fix the errors listed under the text first.</source>
        <translation>Fix the errors listed under the text first.</translation>
    </message>
    <message>
        <source>Choose who the newsletter comes from (From).</source>
        <translation>Choose who the newsletter comes from (From).</translation>
    </message>
    <message>
        <source>Tick at least one zone in the Audience tab.</source>
        <translation>Tick at least one zone in the Audience tab.</translation>
    </message>
    <message>
        <source>Connect this profile to your organisation&apos;s server to send (Server menu, Connect to a server).</source>
        <translation>Connect this profile to your organisation&apos;s server to send (Server menu, Connect to a server).</translation>
    </message>
    <message>
        <source>The connection to the server has a problem: %1</source>
        <translation>The connection to the server has a problem: %1</translation>
    </message>
    <message>
        <source>Offline: sending needs a connection to the server.</source>
        <translation>Offline: sending needs a connection to the server.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Send this newsletter to one address, to see it as recipients will</source>
        <translation>Send this newsletter to one address, to see it as recipients will</translation>
    </message>
    <message>
        <source>Nobody in this audience can receive it (consent to e-mails and an address are needed).</source>
        <translation>Nobody in this audience can receive it (consent to e-mails and an address are needed).</translation>
    </message>
    <message>
        <source>Send to every recipient now (you confirm first)</source>
        <translation>Send to every recipient now (you confirm first)</translation>
    </message>
    <message>
        <source>Choose a day and time for it to leave</source>
        <translation>Choose a day and time for it to leave</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in %1</source>
        <translation>
            <numerusform>%Ln recipient in %1</numerusform>
            <numerusform>%Ln recipients in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience (%1)</source>
        <translation>Audience (%1)</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Send a test</translation>
    </message>
    <message>
        <source>Send a test of this newsletter to:</source>
        <translation>Send a test of this newsletter to:</translation>
    </message>
    <message>
        <source>Send the newsletter</source>
        <translation>Send the newsletter</translation>
    </message>
    <message>
        <source>Send “%1” now?</source>
        <translation>Send “%1” now?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) in %1 will receive it. Once sent, it cannot be taken back.</source>
        <translation>
            <numerusform>%Ln recipient in %1 will receive it. Once sent, it cannot be taken back.</numerusform>
            <numerusform>%Ln recipients in %1 will receive it. Once sent, it cannot be taken back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message numerus="yes">
        <source>“%1” will be sent to %Ln recipient(s) in %2.</source>
        <translation>
            <numerusform>“%1” will be sent to %Ln recipient in %2.</numerusform>
            <numerusform>“%1” will be sent to %Ln recipients in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>Cancel the sending of “%1”? It will not leave.</source>
        <translation>Cancel the sending of “%1”? It will not leave.</translation>
    </message>
    <message>
        <source>Test sent. Check the inbox in a minute.</source>
        <translation>Test sent. Check the inbox in a minute.</translation>
    </message>
    <message>
        <source>Sending cancelled.</source>
        <translation>Sending cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled for %Ln recipient(s).</source>
        <translation>
            <numerusform>Scheduled for %Ln recipient.</numerusform>
            <numerusform>Scheduled for %Ln recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending to %Ln recipient(s). Follow it in Statistics once it has started.</source>
        <translation>
            <numerusform>Sending to %Ln recipient. Follow it in Statistics once it has started.</numerusform>
            <numerusform>Sending to %Ln recipients. Follow it in Statistics once it has started.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::NewsletterPage</name>
    <message>
        <source>New newsletter</source>
        <translation>New newsletter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Write a new newsletter</source>
        <translation>Write a new newsletter</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>From a template</translation>
    </message>
    <message>
        <source>Start a newsletter from one of your templates</source>
        <translation>Start a newsletter from one of your templates</translation>
    </message>
    <message>
        <source>A new draft with the same content, audience and sender</source>
        <translation>A new draft with the same content, audience and sender</translation>
    </message>
    <message>
        <source>Delete this draft or template</source>
        <translation>Delete this draft or template</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <source>Leaves on %1</source>
        <translation>Leaves on %1</translation>
    </message>
    <message>
        <source>Last changed on %1</source>
        <translation>Last changed on %1</translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Not yet on the server</translation>
    </message>
    <message>
        <source>Newsletters (%1)</source>
        <translation>Newsletters (%1)</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translation>Templates (%1)</translation>
    </message>
    <message>
        <source>Only drafts and templates can be deleted</source>
        <translation>Only drafts and templates can be deleted</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>No template yet: in a newsletter, use “Save as template…”</source>
        <translation>No template yet: in a newsletter, use “Save as template…”</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Delete the template “%1”?</translation>
    </message>
    <message>
        <source>Delete the draft “%1”?</source>
        <translation>Delete the draft “%1”?</translation>
    </message>
    <message>
        <source>It could not be deleted: %1</source>
        <translation>It could not be deleted: %1</translation>
    </message>
    <message>
        <source>Statistics — %1</source>
        <translation>Statistics — %1</translation>
    </message>
    <message>
        <source>This profile is not connected to a server.</source>
        <translation>This profile is not connected to a server.</translation>
    </message>
</context>
<context>
    <name>relais::NewsletterPreview</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>The text-only version sent with the e-mail, for mail programs that do not show HTML</source>
        <translation>The text-only version sent with the e-mail, for mail programs that do not show HTML</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Shown as a contact without a name would see it (the fallbacks).</source>
        <translation>Shown as a contact without a name would see it (the fallbacks).</translation>
    </message>
    <message>
        <source>Shown as %1 will see it.</source>
        <translation>Shown as %1 will see it.</translation>
    </message>
</context>
<context>
    <name>relais::NewsletterSender</name>
    <message>
        <source>This profile is not connected to a server: use Server, Connect to a server.</source>
        <translation>This profile is not connected to a server: use Server, Connect to a server.</translation>
    </message>
    <message>
        <source>The newsletter is no longer on this computer.</source>
        <translation>The newsletter is no longer on this computer.</translation>
    </message>
    <message>
        <source>Waiting for the draft to reach the server…</source>
        <translation>Waiting for the draft to reach the server…</translation>
    </message>
    <message>
        <source>The profile was locked before the newsletter left.</source>
        <translation>The profile was locked before the newsletter left.</translation>
    </message>
    <message>
        <source>The draft has not reached the server yet (waiting for sync). Check the connection in the status bar, then try again.</source>
        <translation>The draft has not reached the server yet (waiting for sync). Check the connection in the status bar, then try again.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>This newsletter was already sent (or is being sent).</source>
        <translation>This newsletter was already sent (or is being sent).</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Sign in again (Server menu, Connect to a server).</source>
        <translation>The server no longer accepts this session. Sign in again (Server menu, Connect to a server).</translation>
    </message>
    <message>
        <source>You are not allowed to send newsletters to this zone.</source>
        <translation>You are not allowed to send newsletters to this zone.</translation>
    </message>
    <message>
        <source>The server does not know this newsletter yet: wait for the synchronisation, then try again.</source>
        <translation>The server does not know this newsletter yet: wait for the synchronisation, then try again.</translation>
    </message>
    <message>
        <source>The newsletter cannot be changed in its current state on the server.</source>
        <translation>The newsletter cannot be changed in its current state on the server.</translation>
    </message>
    <message>
        <source>The server refused this newsletter: something is missing or wrong in it.</source>
        <translation>The server refused this newsletter: something is missing or wrong in it.</translation>
    </message>
    <message>
        <source>The server refused this newsletter: %1</source>
        <translation>The server refused this newsletter: %1</translation>
    </message>
    <message>
        <source>The server is busy: try again in a minute.</source>
        <translation>The server is busy: try again in a minute.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later; if it goes on, tell your administrator.</source>
        <translation>The server had a problem (HTTP %1). Try again later; if it goes on, tell your administrator.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>The server answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <source>This server cannot send e-mails yet: its administrator has not set up an e-mail relay.</source>
        <translation>This server cannot send e-mails yet: its administrator has not set up an e-mail relay.</translation>
    </message>
</context>
<context>
    <name>relais::NewsletterStatsView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Opens and clicks are not tracked for your organisation, so they are not counted here.</source>
        <translation>Opens and clicks are not tracked for your organisation, so they are not counted here.</translation>
    </message>
    <message>
        <source>Read the latest figures from the server</source>
        <translation>Read the latest figures from the server</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clicked</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Not delivered</translation>
    </message>
    <message>
        <source>Totals over time</source>
        <translation>Totals over time</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Loading the figures…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>%1 of the recipients</source>
        <translation>%1 of the recipients</translation>
    </message>
    <message>
        <source>%1 of those sent</source>
        <translation>%1 of those sent</translation>
    </message>
    <message>
        <source>%1 opened it · %2 opens</source>
        <translation>%1 opened it · %2 opens</translation>
    </message>
    <message>
        <source>%1 clicked · %2 clicks</source>
        <translation>%1 clicked · %2 clicks</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln recipient(s) sent so far</source>
        <translation>
            <numerusform>%1 of %Ln recipient sent so far</numerusform>
            <numerusform>%1 of %Ln recipients sent so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation>Figures of %1</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation>Unsubscribes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation>Total so far</translation>
    </message>
</context>
<context>
    <name>relais::PetitionEditor</name>
    <message>
        <source>Opens on</source>
        <translation>Opens on</translation>
    </message>
    <message>
        <source>Closes on</source>
        <translation>Closes on</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Why sign? Write the text of the petition here (Markdown: **bold**, *italics*, ## heading, - list).</source>
        <translation>Why sign? Write the text of the petition here (Markdown: **bold**, *italics*, ## heading, - list).</translation>
    </message>
    <message>
        <source>The text as signers will read it.</source>
        <translation>The text as signers will read it.</translation>
    </message>
    <message>
        <source>What the signers ask for, in a few words</source>
        <translation>What the signers ask for, in a few words</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>The petition belongs to this zone: the zones where you may manage petitions</source>
        <translation>The petition belongs to this zone: the zones where you may manage petitions</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The language of the public page and of the confirmation e-mail</source>
        <translation>The language of the public page and of the confirmation e-mail</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>e.g. save-our-hospital</source>
        <translation>e.g. save-our-hospital</translation>
    </message>
    <message>
        <source>The end of the public page&apos;s address: lowercase letters, digits and dashes</source>
        <translation>The end of the public page&apos;s address: lowercase letters, digits and dashes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the address of the public page</source>
        <translation>Copy the address of the public page</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>Public &amp;address:</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>No goal</translation>
    </message>
    <message>
        <source>The number of signatures aimed at, shown with a progress bar on the public page</source>
        <translation>The number of signatures aimed at, shown with a progress bar on the public page</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Unticked: the petition can be signed as soon as it is saved</source>
        <translation>Unticked: the petition can be signed as soon as it is saved</translation>
    </message>
    <message>
        <source>Unticked: the petition never closes</source>
        <translation>Unticked: the petition never closes</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Signing:</translation>
    </message>
    <message>
        <source>Empty: no newsletter box on the page (e.g. “Keep me informed by e-mail”)</source>
        <translation>Empty: no newsletter box on the page (e.g. “Keep me informed by e-mail”)</translation>
    </message>
    <message>
        <source>The wording of the box signers may tick to receive the newsletter</source>
        <translation>The wording of the box signers may tick to receive the newsletter</translation>
    </message>
    <message>
        <source>&amp;Newsletter box:</source>
        <translation>&amp;Newsletter box:</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>New petition</translation>
    </message>
    <message>
        <source>No petition selected</source>
        <translation>No petition selected</translation>
    </message>
    <message>
        <source>The petition has signatures: its address can no longer change</source>
        <translation>The petition has signatures: its address can no longer change</translation>
    </message>
    <message>
        <source>The public address shows once this profile is connected to a server.</source>
        <translation>The public address shows once this profile is connected to a server.</translation>
    </message>
    <message>
        <source>(no valid address yet)</source>
        <translation>(no valid address yet)</translation>
    </message>
    <message>
        <source>%1 (once saved and synced)</source>
        <translation>%1 (once saved and synced)</translation>
    </message>
    <message>
        <source>Give the petition a title.</source>
        <translation>Give the petition a title.</translation>
    </message>
    <message>
        <source>Choose a zone: your account may not manage petitions in any zone.</source>
        <translation>Choose a zone: your account may not manage petitions in any zone.</translation>
    </message>
    <message>
        <source>The petition “%1” already uses this address.</source>
        <translation>The petition “%1” already uses this address.</translation>
    </message>
    <message>
        <source>The petition must close after it opens.</source>
        <translation>The petition must close after it opens.</translation>
    </message>
    <message>
        <source>Write the text of the petition.</source>
        <translation>Write the text of the petition.</translation>
    </message>
    <message>
        <source>You may not change petitions of this zone: it is shown read-only.</source>
        <translation>You may not change petitions of this zone: it is shown read-only.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync.</source>
        <translation>Saved on this computer; sent to the server at the next sync.</translation>
    </message>
    <message>
        <source>No petition is open.</source>
        <translation>No petition is open.</translation>
    </message>
    <message>
        <source>You may not change petitions of this zone.</source>
        <translation>You may not change petitions of this zone.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>relais::PetitionPage</name>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Opens later</source>
        <translation>Opens later</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>New petition</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Write a new petition</source>
        <translation>Write a new petition</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>(untitled petition)</source>
        <translation>(untitled petition)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signature(s)</source>
        <translation>
            <numerusform>%Ln signature(s)</numerusform>
            <numerusform>%Ln signature(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet on the server</source>
        <translation>Not yet on the server</translation>
    </message>
    <message>
        <source>A petition that has signatures cannot be deleted</source>
        <translation>A petition that has signatures cannot be deleted</translation>
    </message>
    <message>
        <source>Delete this petition</source>
        <translation>Delete this petition</translation>
    </message>
    <message>
        <source>Delete the petition “%1”?</source>
        <translation>Delete the petition “%1”?</translation>
    </message>
    <message>
        <source>It could not be deleted: %1</source>
        <translation>It could not be deleted: %1</translation>
    </message>
</context>
<context>
    <name>relais::PetitionResultsView</name>
    <message>
        <source>Others</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Confirmed signatures here</source>
        <translation>Confirmed signatures here</translation>
    </message>
    <message>
        <source>Confirmed (server)</source>
        <translation>Confirmed (server)</translation>
    </message>
    <message>
        <source>Awaiting confirmation (server)</source>
        <translation>Awaiting confirmation (server)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Read the figures again, and the server&apos;s totals when connected</source>
        <translation>Read the figures again, and the server&apos;s totals when connected</translation>
    </message>
    <message>
        <source>Confirmed signatures over time</source>
        <translation>Confirmed signatures over time</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Search names and e-mail addresses</source>
        <translation>Search names and e-mail addresses</translation>
    </message>
    <message>
        <source>Newsletter: all</source>
        <translation>Newsletter: all</translation>
    </message>
    <message>
        <source>Newsletter: yes</source>
        <translation>Newsletter: yes</translation>
    </message>
    <message>
        <source>Newsletter: no</source>
        <translation>Newsletter: no</translation>
    </message>
    <message>
        <source>Whether the signers ticked the newsletter box</source>
        <translation>Whether the signers ticked the newsletter box</translation>
    </message>
    <message>
        <source>Confirmed on or after this day (—: no limit)</source>
        <translation>Confirmed on or after this day (—: no limit)</translation>
    </message>
    <message>
        <source>Confirmed on or before this day (—: no limit)</source>
        <translation>Confirmed on or before this day (—: no limit)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>No petition selected</source>
        <translation>No petition selected</translation>
    </message>
    <message>
        <source>(untitled petition)</source>
        <translation>(untitled petition)</translation>
    </message>
    <message>
        <source>in this computer&apos;s copy, for your zones</source>
        <translation>in this computer&apos;s copy, for your zones</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>Connect to see the server&apos;s totals</source>
        <translation>Connect to see the server&apos;s totals</translation>
    </message>
    <message>
        <source>Confirmed signatures</source>
        <translation>Confirmed signatures</translation>
    </message>
    <message>
        <source>Total so far</source>
        <translation>Total so far</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Unknown department</source>
        <translation>Unknown department</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signature(s)</source>
        <translation>
            <numerusform>%Ln signature(s)</numerusform>
            <numerusform>%Ln signature(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln signature(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln signature(s) shown</numerusform>
            <numerusform>%1 of %Ln signature(s) shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the server yet</source>
        <translation>Not on the server yet</translation>
    </message>
    <message>
        <source>every zone, at %1</source>
        <translation>every zone, at %1</translation>
    </message>
    <message>
        <source>signed, e-mail address not yet confirmed</source>
        <translation>signed, e-mail address not yet confirmed</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>no goal set for this petition</source>
        <translation>no goal set for this petition</translation>
    </message>
    <message>
        <source>reached: %1 signatures</source>
        <translation>reached: %1 signatures</translation>
    </message>
    <message>
        <source>%1 more to go</source>
        <translation>%1 more to go</translation>
    </message>
    <message>
        <source>Choose a petition first.</source>
        <translation>Choose a petition first.</translation>
    </message>
    <message>
        <source>Exporting signatures needs the contacts.export permission on at least one zone.</source>
        <translation>Exporting signatures needs the contacts.export permission on at least one zone.</translation>
    </message>
    <message>
        <source>The export goes through the server, which checks your permissions and records it in its audit log: connect to the server to export.</source>
        <translation>The export goes through the server, which checks your permissions and records it in its audit log: connect to the server to export.</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>An export is under way.</translation>
    </message>
    <message>
        <source>Download the confirmed signatures you may export as a CSV file; the server records the export in its audit log</source>
        <translation>Download the confirmed signatures you may export as a CSV file; the server records the export in its audit log</translation>
    </message>
    <message>
        <source>Downloading the signatures from the server…</source>
        <translation>Downloading the signatures from the server…</translation>
    </message>
    <message>
        <source>The server refused the export: you may export the signatures of none of your zones.</source>
        <translation>The server refused the export: you may export the signatures of none of your zones.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>signatures-%1.csv</source>
        <translation>signatures-%1.csv</translation>
    </message>
    <message>
        <source>Export the signatures</source>
        <translation>Export the signatures</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln signature(s) saved to %1</source>
        <translation>
            <numerusform>%Ln signature(s) saved to %1</numerusform>
            <numerusform>%Ln signature(s) saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By department (every zone, from the server)</source>
        <translation>By department (every zone, from the server)</translation>
    </message>
    <message>
        <source>By region (every zone, from the server)</source>
        <translation>By region (every zone, from the server)</translation>
    </message>
</context>
<context>
    <name>relais::ProfileDialog</name>
    <message>
        <source>Welcome to Relais</source>
        <translation>Welcome to Relais</translation>
    </message>
    <message>
        <source>Relais keeps your contacts in a profile folder on this computer. The folder is encrypted: nobody can read it without your passphrase, and nobody can recover the passphrase for you if you forget it.</source>
        <translation>Relais keeps your contacts in a profile folder on this computer. The folder is encrypted: nobody can read it without your passphrase, and nobody can recover the passphrase for you if you forget it.</translation>
    </message>
    <message>
        <source>Create a new profile</source>
        <translation>Create a new profile</translation>
    </message>
    <message>
        <source>Open an existing profile</source>
        <translation>Open an existing profile</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>For example, a few words only you would put together</source>
        <translation>For example, a few words only you would put together</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>Relais will then open without asking for the passphrase on this computer, using the computer&apos;s keychain. Leave it unticked on a shared computer.</source>
        <translation>Relais will then open without asking for the passphrase on this computer, using the computer&apos;s keychain. Leave it unticked on a shared computer.</translation>
    </message>
    <message>
        <source>Not available: %1 The passphrase will be asked each time Relais starts.</source>
        <translation>Not available: %1 The passphrase will be asked each time Relais starts.</translation>
    </message>
    <message>
        <source>Create the profile</source>
        <translation>Create the profile</translation>
    </message>
    <message>
        <source>Choose the folder of the new profile</source>
        <translation>Choose the folder of the new profile</translation>
    </message>
    <message>
        <source>Choose the folder of a profile created earlier on this computer or copied from another one. You will then be asked for its passphrase.</source>
        <translation>Choose the folder of a profile created earlier on this computer or copied from another one. You will then be asked for its passphrase.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Choose the folder of the profile</source>
        <translation>Choose the folder of the profile</translation>
    </message>
    <message>
        <source>This folder already holds a profile: open it from the other tab, or choose another folder.</source>
        <translation>This folder already holds a profile: open it from the other tab, or choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A few unrelated words are strong and easy to remember.</source>
        <translation>
            <numerusform>Use at least %n character. A few unrelated words are strong and easy to remember.</numerusform>
            <numerusform>Use at least %n characters. A few unrelated words are strong and easy to remember.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>This folder does not exist.</translation>
    </message>
    <message>
        <source>This folder does not hold a Relais profile (there is no profile.json in it).</source>
        <translation>This folder does not hold a Relais profile (there is no profile.json in it).</translation>
    </message>
</context>
<context>
    <name>relais::ProxyElectionEditor</name>
    <message>
        <source>Second round on</source>
        <translation>Second round on</translation>
    </message>
    <message>
        <source>The public forms take requests and offers</source>
        <translation>The public forms take requests and offers</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>e.g. Municipal elections 2027</source>
        <translation>e.g. Municipal elections 2027</translation>
    </message>
    <message>
        <source>Where the election is organised: the zones where you may match proxy votes</source>
        <translation>Where the election is organised: the zones where you may match proxy votes</translation>
    </message>
    <message>
        <source>e.g. municipal-2027</source>
        <translation>e.g. municipal-2027</translation>
    </message>
    <message>
        <source>The end of the public forms&apos; addresses: lowercase letters, digits and dashes</source>
        <translation>The end of the public forms&apos; addresses: lowercase letters, digits and dashes</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The language of the public forms and of the e-mails sent to mandants and mandataires</source>
        <translation>The language of the public forms and of the e-mails sent to mandants and mandataires</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>Public &amp;address:</translation>
    </message>
    <message>
        <source>&amp;First round on:</source>
        <translation>&amp;First round on:</translation>
    </message>
    <message>
        <source>in all, of which at most</source>
        <translation>in all, of which at most</translation>
    </message>
    <message>
        <source>established in France</source>
        <translation>established in France</translation>
    </message>
    <message>
        <source>Procurations per mandataire:</source>
        <translation>Procurations per mandataire:</translation>
    </message>
    <message>
        <source>Forms:</source>
        <translation>Forms:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>New election</source>
        <translation>New election</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Election: %1</translation>
    </message>
    <message>
        <source>Give the election a name.</source>
        <translation>Give the election a name.</translation>
    </message>
    <message>
        <source>Choose a zone: your account may not match proxy votes in any zone.</source>
        <translation>Choose a zone: your account may not match proxy votes in any zone.</translation>
    </message>
    <message>
        <source>Give the forms a public address.</source>
        <translation>Give the forms a public address.</translation>
    </message>
    <message>
        <source>The election “%1” already uses this address.</source>
        <translation>The election “%1” already uses this address.</translation>
    </message>
    <message>
        <source>The second round must come after the first.</source>
        <translation>The second round must come after the first.</translation>
    </message>
    <message>
        <source>A mandataire cannot hold more procurations established in France (%1) than procurations in all (%2).</source>
        <translation>A mandataire cannot hold more procurations established in France (%1) than procurations in all (%2).</translation>
    </message>
    <message>
        <source>As the Code électoral sets it (art. L73): a mandataire holds at most two procurations, at most one of them established in France.</source>
        <translation>As the Code électoral sets it (art. L73): a mandataire holds at most two procurations, at most one of them established in France.</translation>
    </message>
    <message>
        <source>The Code électoral (art. L73) allows at most two procurations per mandataire, at most one of them established in France: the server refuses more.</source>
        <translation>The Code électoral (art. L73) allows at most two procurations per mandataire, at most one of them established in France: the server refuses more.</translation>
    </message>
    <message>
        <source>The addresses of the public forms show once this profile is connected to a server.</source>
        <translation>The addresses of the public forms show once this profile is connected to a server.</translation>
    </message>
    <message>
        <source>(no valid address yet)</source>
        <translation>(no valid address yet)</translation>
    </message>
    <message>
        <source>Mandants: %1
Mandataires: %2</source>
        <translation>Mandants: %1
Mandataires: %2</translation>
    </message>
    <message>
        <source>(once saved and synced)</source>
        <translation>(once saved and synced)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>relais::ProxyListPanel</name>
    <message>
        <source>Filter: name, commune, polling station…</source>
        <translation>Filter: name, commune, polling station…</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Round 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Round 2</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Any round</source>
        <translation>Any round</translation>
    </message>
</context>
<context>
    <name>relais::ProxyMatchModel</name>
    <message>
        <source>(request not on this computer)</source>
        <translation>(request not on this computer)</translation>
    </message>
    <message>
        <source>(offer not on this computer)</source>
        <translation>(offer not on this computer)</translation>
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
        <translation>Round</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync. The server checks it again and may refuse it (for instance when another cadre took the slot first).</source>
        <translation>Saved on this computer; sent to the server at the next sync. The server checks it again and may refuse it (for instance when another cadre took the slot first).</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
</context>
<context>
    <name>relais::ProxyMatchView</name>
    <message>
        <source>Holding a slot</source>
        <translation>Holding a slot</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Suggested, proposed, accepted, confirmed and done matches hold the request&apos;s round and a place of the mandataire</source>
        <translation>Suggested, proposed, accepted, confirmed and done matches hold the request&apos;s round and a place of the mandataire</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <source>The server e-mails the mandataire a link to accept or decline</source>
        <translation>The server e-mails the mandataire a link to accept or decline</translation>
    </message>
    <message>
        <source>The mandataire said yes (on the phone, say): the server e-mails the mandant what the official form needs</source>
        <translation>The mandataire said yes (on the phone, say): the server e-mails the mandant what the official form needs</translation>
    </message>
    <message>
        <source>The procuration is established</source>
        <translation>The procuration is established</translation>
    </message>
    <message>
        <source>Ends the match and frees the slot</source>
        <translation>Ends the match and frees the slot</translation>
    </message>
    <message numerus="yes">
        <source>%n matches selected.</source>
        <translation>
            <numerusform>%n match selected.</numerusform>
            <numerusform>%n matches selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a match to see its details and history.</source>
        <translation>Select a match to see its details and history.</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>Mandant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Polling station</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Mandataire: %1</source>
        <translation>Mandataire: %1</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Voter number</source>
        <translation>Voter number</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Not yet on the server.</source>
        <translation>Not yet on the server.</translation>
    </message>
    <message>
        <source>No history yet.</source>
        <translation>No history yet.</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
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
        <translation>Polling station</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Round 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Round 2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message numerus="yes">
        <source>%n held · abroad only</source>
        <translation>
            <numerusform>%n held · abroad only</numerusform>
            <numerusform>%n held · abroad only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds in round %1:</source>
        <translation>Holds in round %1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not in this computer&apos;s replica)</source>
        <translation>(not in this computer&apos;s replica)</translation>
    </message>
</context>
<context>
    <name>relais::ProxyPage</name>
    <message>
        <source>New election…</source>
        <translation>New election…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Requests (mandants)</source>
        <translation>Requests (mandants)</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Needing a mandataire</source>
        <translation>Needing a mandataire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Offers (mandataires)</source>
        <translation>Offers (mandataires)</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>All offers</translation>
    </message>
    <message>
        <source>With places left</source>
        <translation>With places left</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Requests and offers</source>
        <translation>Requests and offers</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Open the proxy-vote forms for an election</source>
        <translation>Open the proxy-vote forms for an election</translation>
    </message>
    <message>
        <source>The requests and offers shown and matched: those of this zone</source>
        <translation>The requests and offers shown and matched: those of this zone</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>every round still needed</source>
        <translation>every round still needed</translation>
    </message>
    <message>
        <source>round 1</source>
        <translation>round 1</translation>
    </message>
    <message>
        <source>round 2</source>
        <translation>round 2</translation>
    </message>
    <message>
        <source>Propose the selected offer&apos;s mandataire to the selected request&apos;s mandant: at the next sync the server e-mails the mandataire</source>
        <translation>Propose the selected offer&apos;s mandataire to the selected request&apos;s mandant: at the next sync the server e-mails the mandataire</translation>
    </message>
    <message>
        <source>Match by hand:</source>
        <translation>Match by hand:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unnamed election)</source>
        <translation>(unnamed election)</translation>
    </message>
    <message>
        <source>No election yet: create one with “New election…”, or sync to receive those of your organisation.</source>
        <translation>No election yet: create one with “New election…”, or sync to receive those of your organisation.</translation>
    </message>
    <message>
        <source>round %1 on %2</source>
        <translation>round %1 on %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>at most %1 procurations per mandataire, %2 of them established in France</source>
        <translation>at most %1 procurations per mandataire, %2 of them established in France</translation>
    </message>
    <message>
        <source>public forms open</source>
        <translation>public forms open</translation>
    </message>
    <message>
        <source>public forms closed</source>
        <translation>public forms closed</translation>
    </message>
    <message>
        <source>%1 (mandant) with %2 (mandataire), for</source>
        <translation>%1 (mandant) with %2 (mandataire), for</translation>
    </message>
    <message>
        <source>select a request and an offer in the lists above.</source>
        <translation>select a request and an offer in the lists above.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed: %1 for %2 (%n round(s)). At the next sync the server e-mails the mandataire.</source>
        <translation>
            <numerusform>Proposed: %1 for %2 (%n round). At the next sync the server e-mails the mandataire.</numerusform>
            <numerusform>Proposed: %1 for %2 (%n rounds). At the next sync the server e-mails the mandataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) proposed: at the next sync the server e-mails each mandataire.</source>
        <translation>
            <numerusform>%n match proposed: at the next sync the server e-mails the mandataire.</numerusform>
            <numerusform>%n matches proposed: at the next sync the server e-mails each mandataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) kept as suggestions: they hold their slots, nobody is e-mailed.</source>
        <translation>
            <numerusform>%n match kept as a suggestion: it holds its slot, nobody is e-mailed.</numerusform>
            <numerusform>%n matches kept as suggestions: they hold their slots, nobody is e-mailed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) now “%1”; sent to the server at the next sync.</source>
        <translation>
            <numerusform>%n match now “%1”; sent to the server at the next sync.</numerusform>
            <numerusform>%n matches now “%1”; sent to the server at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ProxyPersonModel</name>
    <message>
        <source>Not yet on the server</source>
        <translation>Not yet on the server</translation>
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
        <translation>Polling station</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Round 1</translation>
    </message>
    <message>
        <source>Round 2</source>
        <translation>Round 2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Established abroad: does not count against the one procuration established in France a mandataire may hold</source>
        <translation>Established abroad: does not count against the one procuration established in France a mandataire may hold</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>To match</source>
        <translation>To match</translation>
    </message>
    <message>
        <source>Mandataire: %1</source>
        <translation>Mandataire: %1</translation>
    </message>
    <message>
        <source>(not in this computer&apos;s replica)</source>
        <translation>(not in this computer&apos;s replica)</translation>
    </message>
</context>
<context>
    <name>relais::ProxyStatsView</name>
    <message>
        <source>Request-rounds: each round a mandant asks for is one procuration to find. Served: confirmed or done. Pending: proposed to the mandataire or accepted, not yet confirmed.</source>
        <translation>Request-rounds: each round a mandant asks for is one procuration to find. Served: confirmed or done. Pending: proposed to the mandataire or accepted, not yet confirmed.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Request-rounds</source>
        <translation>Request-rounds</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>To match</source>
        <translation>To match</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Offers with places left</source>
        <translation>Offers with places left</translation>
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
        <translation>Round</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Where the mandant votes</source>
        <translation>Where the mandant votes</translation>
    </message>
</context>
<context>
    <name>relais::ProxySuggestionView</name>
    <message>
        <source>Suggest matches</source>
        <translation>Suggest matches</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>Propose selected</source>
        <translation>Propose selected</translation>
    </message>
    <message>
        <source>Keep as suggestions</source>
        <translation>Keep as suggestions</translation>
    </message>
    <message>
        <source>Find the mandataires for the waiting requests of this department: as many as the rules allow, as close as possible (same polling station first, then same commune)</source>
        <translation>Find the mandataires for the waiting requests of this department: as many as the rules allow, as close as possible (same polling station first, then same commune)</translation>
    </message>
    <message>
        <source>Save the ticked matches as proposed: at the next sync the server e-mails each mandataire a link to accept or decline</source>
        <translation>Save the ticked matches as proposed: at the next sync the server e-mails each mandataire a link to accept or decline</translation>
    </message>
    <message>
        <source>Save the ticked matches as suggestions: they hold the slots, nobody is e-mailed yet</source>
        <translation>Save the ticked matches as suggestions: they hold the slots, nobody is e-mailed yet</translation>
    </message>
    <message>
        <source>Click “Suggest matches”: the requests waiting for a mandataire are matched with the offers of their department. Nothing is saved or sent until you choose.</source>
        <translation>Click “Suggest matches”: the requests waiting for a mandataire are matched with the offers of their department. Nothing is saved or sent until you choose.</translation>
    </message>
    <message>
        <source>The matching engine refused these records: %1</source>
        <translation>The matching engine refused these records: %1</translation>
    </message>
    <message>
        <source>No request here is waiting for a mandataire: every round asked for already has a match.</source>
        <translation>No request here is waiting for a mandataire: every round asked for already has a match.</translation>
    </message>
    <message numerus="yes">
        <source>No offer can take any of the %n request-round(s) waiting (no offer left in their department, or every one is full).</source>
        <translation>
            <numerusform>No offer can take the %n request-round waiting (no offer left in its department, or every one is full).</numerusform>
            <numerusform>No offer can take any of the %n request-rounds waiting (no offer left in their department, or every one is full).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 request-rounds served, %3 of %4 requests fully.</source>
        <translation>%1 of %2 request-rounds served, %3 of %4 requests fully.</translation>
    </message>
    <message numerus="yes">
        <source>%n more than first-come matching would serve (%1).</source>
        <translation>
            <numerusform>%n more than first-come matching would serve (%1).</numerusform>
            <numerusform>%n more than first-come matching would serve (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>As many as first-come matching would serve (%1).</source>
        <translation>As many as first-come matching would serve (%1).</translation>
    </message>
    <message>
        <source>Same polling station: %1 · same commune: %2 · same department: %3.</source>
        <translation>Same polling station: %1 · same commune: %2 · same department: %3.</translation>
    </message>
    <message>
        <source>Propose selected (%1)</source>
        <translation>Propose selected (%1)</translation>
    </message>
</context>
<context>
    <name>relais::ScheduleDialog</name>
    <message>
        <source>Schedule the newsletter</source>
        <translation>Schedule the newsletter</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Send on:</source>
        <translation>Send on:</translation>
    </message>
    <message>
        <source>Choose a time at least 5 minutes from now, or use “Send now”.</source>
        <translation>Choose a time at least 5 minutes from now, or use “Send now”.</translation>
    </message>
</context>
<context>
    <name>relais::SignatureTableModel</name>
    <message>
        <source>Unknown postal code</source>
        <translation>Unknown postal code</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Dept.</source>
        <translation>Dept.</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
</context>
<context>
    <name>relais::StreamingRequest</name>
    <message>
        <source>The server stopped answering.</source>
        <translation>The server stopped answering.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one that was trusted.</source>
        <translation>The server&apos;s certificate is not the one that was trusted.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no end of headers.</source>
        <translation>The server&apos;s answer has no end of headers.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>The server&apos;s answer is not HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is malformed (chunk).</source>
        <translation>The server&apos;s answer is malformed (chunk).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is malformed (chunk size).</source>
        <translation>The server&apos;s answer is malformed (chunk size).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid gzip.</source>
        <translation>The server&apos;s answer is not valid gzip.</translation>
    </message>
</context>
<context>
    <name>relais::SyncController</name>
    <message>
        <source>Relais on %1</source>
        <translation>Relais on %1</translation>
    </message>
    <message>
        <source>This profile is not connected to a server: use Server, Connect to a server.</source>
        <translation>This profile is not connected to a server: use Server, Connect to a server.</translation>
    </message>
    <message>
        <source>Synchronisation was stopped before the server answered.</source>
        <translation>Synchronisation was stopped before the server answered.</translation>
    </message>
</context>
<context>
    <name>relais::SyncEngine</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>First synchronisation</source>
        <translation>First synchronisation</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>Synchronising</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Synchronisation error</source>
        <translation>Synchronisation error</translation>
    </message>
    <message>
        <source>The profile cannot be opened for synchronisation: %1</source>
        <translation>The profile cannot be opened for synchronisation: %1</translation>
    </message>
    <message>
        <source>The server ended this session. Sign in again to synchronise.</source>
        <translation>The server ended this session. Sign in again to synchronise.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>The server address must start with https://.</translation>
    </message>
    <message>
        <source>Sign in to synchronise with the server.</source>
        <translation>Sign in to synchronise with the server.</translation>
    </message>
    <message>
        <source>Synchronisation is not running.</source>
        <translation>Synchronisation is not running.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>sending changes</translation>
    </message>
    <message>
        <source>The server&apos;s answer to sent changes is malformed.</source>
        <translation>The server&apos;s answer to sent changes is malformed.</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>receiving changes</translation>
    </message>
    <message>
        <source>The server&apos;s changes could not be applied.</source>
        <translation>The server&apos;s changes could not be applied.</translation>
    </message>
    <message>
        <source>The copy of %1 disagrees with the server again and again.</source>
        <translation>The copy of %1 disagrees with the server again and again.</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Sign in again to synchronise.</source>
        <translation>The server no longer accepts this session. Sign in again to synchronise.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one that was trusted.</source>
        <translation>The server&apos;s certificate is not the one that was trusted.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach the server while %1 (%2). Trying again in %n s.</source>
        <translation>
            <numerusform>Cannot reach the server while %1 (%2). Trying again in %n s.</numerusform>
            <numerusform>Cannot reach the server while %1 (%2). Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy. Trying again in %n s.</source>
        <translation>
            <numerusform>The server is busy. Trying again in %n s.</numerusform>
            <numerusform>The server is busy. Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused while %1 (HTTP %2). Trying again in %n s.</source>
        <translation>
            <numerusform>The server refused while %1 (HTTP %2). Trying again in %n s.</numerusform>
            <numerusform>The server refused while %1 (HTTP %2). Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server ended this session. Sign in again (Server menu, Connect to a server).</source>
        <translation>The server ended this session. Sign in again (Server menu, Connect to a server).</translation>
    </message>
    <message>
        <source>Synchronisation was stopped before the server answered.</source>
        <translation>Synchronisation was stopped before the server answered.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Not connected to a server.</translation>
    </message>
    <message>
        <source>Invalid request to the server.</source>
        <translation>Invalid request to the server.</translation>
    </message>
    <message>
        <source>Sign in to the server first (Server menu, Connect to a server).</source>
        <translation>Sign in to the server first (Server menu, Connect to a server).</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message>
        <source>The server no longer accepts this session. Sign in again (Server menu, Connect to a server).</source>
        <translation>The server no longer accepts this session. Sign in again (Server menu, Connect to a server).</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>The server answered with an error (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>relais::SyncStatusWidget</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Downloading contacts: %1 of %2</source>
        <translation>Downloading contacts: %1 of %2</translation>
    </message>
    <message>
        <source>Downloading contacts…</source>
        <translation>Downloading contacts…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message>
        <source>Last up to date: %1</source>
        <translation>Last up to date: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed here and elsewhere: choose which value to keep</source>
        <translation>Fields changed here and elsewhere: choose which value to keep</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Up to date — preparing text search: %1 contacts left</source>
        <translation>Up to date — preparing text search: %1 contacts left</translation>
    </message>
</context>
<context>
    <name>relais::TagsEditor</name>
    <message>
        <source>Add a tag…</source>
        <translation>Add a tag…</translation>
    </message>
    <message>
        <source>Type a tag, then press Enter or a comma. Backspace removes the last tag.</source>
        <translation>Type a tag, then press Enter or a comma. Backspace removes the last tag.</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Remove the tag “%1”</translation>
    </message>
</context>
<context>
    <name>relais::TimelineWidget</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Write a note about this contact (Ctrl+Enter to add it)</source>
        <translation>Write a note about this contact (Ctrl+Enter to add it)</translation>
    </message>
    <message>
        <source>The history of a contact starts when it is saved.</source>
        <translation>The history of a contact starts when it is saved.</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <comment>timeline details, author</comment>
        <translation>%1 (by %2)</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Created on %1</translation>
    </message>
    <message>
        <source>Created on %1 (by %2)</source>
        <translation>Created on %1 (by %2)</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Note not added</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>The note could not be saved: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Consent changed</source>
        <translation>Consent changed</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Signed up at an event</source>
        <translation>Signed up at an event</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Signed a petition</source>
        <translation>Signed a petition</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unknown source</translation>
    </message>
    <message>
        <source>manual edit</source>
        <translation>manual edit</translation>
    </message>
    <message>
        <source>manual edit by %1</source>
        <translation>manual edit by %1</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>event: %1</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>web form: %1</source>
        <translation>web form: %1</translation>
    </message>
    <message>
        <source>phone call: %1</source>
        <translation>phone call: %1</translation>
    </message>
    <message>
        <source>unsubscribe link: %1</source>
        <translation>unsubscribe link: %1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>unsubscribe link</source>
        <translation>unsubscribe link</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — source: %2</source>
        <translation>%1 — source: %2</translation>
    </message>
    <message>
        <source>From the file %1</source>
        <translation>From the file %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Contact created</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>The address %1 bounced: it gets no more newsletters.</source>
        <translation>The address %1 bounced: it gets no more newsletters.</translation>
    </message>
    <message>
        <source>The address %1 bounced (newsletter “%2”): it gets no more newsletters.</source>
        <translation>The address %1 bounced (newsletter “%2”): it gets no more newsletters.</translation>
    </message>
    <message>
        <source>petition: %1</source>
        <translation>petition: %1</translation>
    </message>
    <message>
        <source>“%1”, and asked for the newsletter</source>
        <translation>“%1”, and asked for the newsletter</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>relais::UnlockDialog</name>
    <message>
        <source>Relais is locked</source>
        <translation>Relais is locked</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Enter the passphrase of this profile to open it:</source>
        <translation>Enter the passphrase of this profile to open it:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>Relais will then start without asking for the passphrase on this computer. It will still ask for it after a lock.</source>
        <translation>Relais will then start without asking for the passphrase on this computer. It will still ask for it after a lock.</translation>
    </message>
    <message>
        <source>Not available: %1 The passphrase will be asked each time Relais starts.</source>
        <translation>Not available: %1 The passphrase will be asked each time Relais starts.</translation>
    </message>
    <message>
        <source>Other profile…</source>
        <translation>Other profile…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>Wrong passphrase. Nothing was changed; try again.</translation>
    </message>
</context>
<context>
    <name>relais::VolunteerWindow</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Start call</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Get more contacts</source>
        <translation>Get more contacts</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Give back</translation>
    </message>
    <message>
        <source>Calling — %1</source>
        <translation>Calling — %1</translation>
    </message>
    <message>
        <source>call session</source>
        <translation>call session</translation>
    </message>
    <message numerus="yes">
        <source>Ask the server for %n more people to call</source>
        <translation>
            <numerusform>Ask the server for %n more people to call</numerusform>
            <numerusform>Ask the server for %n more people to call</numerusform>
        </translation>
    </message>
    <message>
        <source>Give this person back without calling: another volunteer may call them</source>
        <translation>Give this person back without calling: another volunteer may call them</translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation>Number copied.</translation>
    </message>
    <message>
        <source>Choose a time to come: when should this person be called back?</source>
        <translation>Choose a time to come: when should this person be called back?</translation>
    </message>
    <message>
        <source>Call with the telephone application of this computer; the timer starts</source>
        <translation>Call with the telephone application of this computer; the timer starts</translation>
    </message>
    <message>
        <source>Copy the number, to dial it on a phone or paste it elsewhere</source>
        <translation>Copy the number, to dial it on a phone or paste it elsewhere</translation>
    </message>
    <message>
        <source>Notes on this call (kept with the result, for the organisers)</source>
        <translation>Notes on this call (kept with the result, for the organisers)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <source>Nobody left to call in this batch: thank you! Get more contacts to go on, or close this window.</source>
        <translation>Nobody left to call in this batch: thank you! Get more contacts to go on, or close this window.</translation>
    </message>
    <message>
        <source>Nobody to call in this campaign for now. Get more contacts to start.</source>
        <translation>Nobody to call in this campaign for now. Get more contacts to start.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Call with this computer</source>
        <translation>Call with this computer</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>reserved for you until %1</source>
        <translation>reserved for you until %1</translation>
    </message>
    <message>
        <source>reservation expired: call now or give back</source>
        <translation>reservation expired: call now or give back</translation>
    </message>
    <message>
        <source>No survey for this campaign.</source>
        <translation>No survey for this campaign.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Call under way</source>
        <translation>Call under way</translation>
    </message>
    <message>
        <source>Unknown outcome “%1”.</source>
        <translation>Unknown outcome “%1”.</translation>
    </message>
    <message>
        <source>Choose when to call back.</source>
        <translation>Choose when to call back.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <source>Recorded for %1: %2.</source>
        <translation>Recorded for %1: %2.</translation>
    </message>
    <message>
        <source>When should %1 be called back?</source>
        <translation>When should %1 be called back?</translation>
    </message>
    <message>
        <source>Record the call back</source>
        <translation>Record the call back</translation>
    </message>
    <message>
        <source>%1 asks never to be called again? Their phone consent will be withdrawn for the whole organisation.</source>
        <translation>%1 asks never to be called again? Their phone consent will be withdrawn for the whole organisation.</translation>
    </message>
    <message>
        <source>Yes, never call again</source>
        <translation>Yes, never call again</translation>
    </message>
    <message>
        <source>%1 of %2 completed</source>
        <translation>%1 of %2 completed</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 completed</translation>
    </message>
    <message numerus="yes">
        <source>you: %Ln call(s)</source>
        <translation>
            <numerusform>you: %Ln call</numerusform>
            <numerusform>you: %Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) recorded on this computer</source>
        <translation>
            <numerusform>%Ln call recorded on this computer</numerusform>
            <numerusform>%Ln calls recorded on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet sent</source>
        <translation>
            <numerusform>%Ln not yet sent</numerusform>
            <numerusform>%Ln not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left in hand</source>
        <translation>
            <numerusform>%Ln left in hand</numerusform>
            <numerusform>%Ln left in hand</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the server to get more contacts (the ones you hold can be called offline)</source>
        <translation>Connect to the server to get more contacts (the ones you hold can be called offline)</translation>
    </message>
    <message>
        <source>Giving back needs the server: connect first</source>
        <translation>Giving back needs the server: connect first</translation>
    </message>
    <message>
        <source>Connect to the server to get more contacts.</source>
        <translation>Connect to the server to get more contacts.</translation>
    </message>
    <message>
        <source>Asking the server for more contacts…</source>
        <translation>Asking the server for more contacts…</translation>
    </message>
    <message>
        <source>You are not in this campaign&apos;s team any more.</source>
        <translation>You are not in this campaign&apos;s team any more.</translation>
    </message>
    <message>
        <source>No contact received: %1</source>
        <translation>No contact received: %1</translation>
    </message>
    <message>
        <source>Outside calling hours.</source>
        <translation>Outside calling hours.</translation>
    </message>
    <message>
        <source>Outside calling hours (next opening %1).</source>
        <translation>Outside calling hours (next opening %1).</translation>
    </message>
    <message>
        <source>Nobody is left to call in this campaign for now.</source>
        <translation>Nobody is left to call in this campaign for now.</translation>
    </message>
    <message>
        <source>You already hold as many contacts as allowed: call them first.</source>
        <translation>You already hold as many contacts as allowed: call them first.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) reserved for you.</source>
        <translation>
            <numerusform>%n contact reserved for you.</numerusform>
            <numerusform>%n contacts reserved for you.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new contact.</source>
        <translation>No new contact.</translation>
    </message>
    <message>
        <source>Nobody to call now. %1</source>
        <translation>Nobody to call now. %1</translation>
    </message>
    <message>
        <source>Not given back: %1</source>
        <translation>Not given back: %1</translation>
    </message>
    <message>
        <source>%1 was given back.</source>
        <translation>%1 was given back.</translation>
    </message>
    <message>
        <source>Offline: the people reserved for you can be called; results are sent at the next sync.</source>
        <translation>Offline: the people reserved for you can be called; results are sent at the next sync.</translation>
    </message>
    <message>
        <source>The campaign is paused: no contact is given out now.</source>
        <translation>The campaign is paused: no contact is given out now.</translation>
    </message>
    <message>
        <source>The campaign is closed: no contact is given out any more.</source>
        <translation>The campaign is closed: no contact is given out any more.</translation>
    </message>
</context>
</TS>
