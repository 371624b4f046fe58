<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Portolan::AddressPlanModel</name>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="101"/>
        <source>No address</source>
        <translation>Aucune adresse</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="103"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanmodel.cpp" line="105"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="112"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="112"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="159"/>
        <source>No address in this environment; double-click to type one, or allocate the next free one</source>
        <translation>Aucune adresse dans cet environnement&#xa0;; double-cliquez pour en saisir une, ou attribuez la prochaine libre</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="178"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="180"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="182"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="184"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="186"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressPlanPanel</name>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="36"/>
        <source>&amp;Import Address Plan…</source>
        <translation>&amp;Importer le plan d’adressage…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="37"/>
        <source>&amp;Export Address Plan…</source>
        <translation>&amp;Exporter le plan d’adressage…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="44"/>
        <source>Bind the addresses of a CSV file with the columns component,address</source>
        <translation>Associer les adresses d’un fichier CSV avec les colonnes component,address</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="46"/>
        <source>Save this environment&apos;s addresses as CSV (component,address,kind,zone)</source>
        <translation>Enregistrer les adresses de cet environnement en CSV (component,address,kind,zone)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="93"/>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="99"/>
        <source>Import Address Plan</source>
        <translation>Importer le plan d’adressage</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="94"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="107"/>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="110"/>
        <source>Export Address Plan</source>
        <translation>Exporter le plan d’adressage</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="110"/>
        <source>%1 could not be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="147"/>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="151"/>
        <source>This project has no environment yet. Add one (Lab, Production, a second site…) with Environment → New Environment, then give its zones prefixes and its components addresses.</source>
        <translation>Ce projet n’a pas encore d’environnement. Ajoutez-en un (Lab, Production, un second site…) avec Environnement → Nouvel environnement, puis donnez des préfixes à ses zones et des adresses à ses composants.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %n component(s) have addresses · %3 · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 composant sur %n a des adresses · %3 · %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 composants sur %n ont des adresses · %3 · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="165"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="165"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="174"/>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="181"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="186"/>
        <source>Imported %n address(es) from %1.</source>
        <translation>
            <numerusform>%n adresse importée depuis %1.</numerusform>
            <numerusform>%n adresses importées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="188"/>
        <source>%n row(s) were there already.</source>
        <translation>
            <numerusform>%n ligne était déjà présente.</numerusform>
            <numerusform>%n lignes étaient déjà présentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="204"/>
        <source>Saved the %1 address plan to %2.</source>
        <translation>Plan d’adressage %1 enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressTablePanel</name>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="21"/>
        <source>Filter components, addresses, problems</source>
        <translation>Filtrer composants, adresses, problèmes</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="23"/>
        <source>Allocate &amp;Next Free Address</source>
        <translation>Attribuer la &amp;prochaine adresse libre</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="25"/>
        <source>Give the selected components (or every component shown) the next free address of their zone&apos;s prefix; networks get the prefix</source>
        <translation>Donner aux composants sélectionnés (ou à tous ceux affichés) la prochaine adresse libre du préfixe de leur zone&#xa0;; les réseaux reçoivent le préfixe</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="28"/>
        <source>Allocate Free &amp;Prefix…</source>
        <translation>Attribuer un p&amp;réfixe libre…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="31"/>
        <source>Carve a free prefix of the length you choose from the zone&apos;s prefix, for networks</source>
        <translation>Découper un préfixe libre de la longueur choisie dans le préfixe de la zone, pour les réseaux</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="34"/>
        <source>Allocate Free Prefix</source>
        <translation>Attribuer un préfixe libre</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="35"/>
        <source>Prefix length for the selected networks:</source>
        <translation>Longueur de préfixe pour les réseaux sélectionnés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="40"/>
        <source>&amp;Clear Addresses</source>
        <translation>&amp;Effacer les adresses</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="42"/>
        <source>Problems Only</source>
        <translation>Problèmes seulement</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="45"/>
        <source>Show only components with a warning, an error or no address</source>
        <translation>N’afficher que les composants avec un avertissement, une erreur ou sans adresse</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="119"/>
        <source>Allocated %1 to “%2”.</source>
        <translation>%1 attribuée à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="123"/>
        <source>Every component chosen has an address already.</source>
        <translation>Chaque composant choisi a déjà une adresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addresstablepanel.cpp" line="125"/>
        <source>Allocated addresses to %n component(s).</source>
        <translation>
            <numerusform>Adresses attribuées à %n composant.</numerusform>
            <numerusform>Adresses attribuées à %n composants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addresstablepanel.cpp" line="130"/>
        <source>%n got none (Problems Only lists them); the first, “%1”: %2.</source>
        <translation>
            <numerusform>%n n’en a reçu aucune (Problèmes seulement les liste)&#xa0;; le premier, «&#xa0;%1&#xa0;»&#xa0;: %2.</numerusform>
            <numerusform>%n n’en ont reçu aucune (Problèmes seulement les liste)&#xa0;; le premier, «&#xa0;%1&#xa0;»&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="141"/>
        <source>Networks can share a zone&apos;s prefix: Allocate Free Prefix… gives each a free /N of it.</source>
        <translation>Des réseaux peuvent partager le préfixe d’une zone&#xa0;: Attribuer un préfixe libre… donne à chacun un /N libre de celui-ci.</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressText</name>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="44"/>
        <source>there is no zone %1</source>
        <translation>il n’y a pas de zone %1</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="47"/>
        <location filename="../model/addressing/addressedits.cpp" line="139"/>
        <location filename="../model/addressing/addressedits.cpp" line="169"/>
        <location filename="../model/addressing/addressedits.cpp" line="205"/>
        <location filename="../model/addressing/nextfree.cpp" line="178"/>
        <source>there is no environment %1</source>
        <translation>il n’y a pas d’environnement %1</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="51"/>
        <source>a zone prefix needs a CIDR, such as 10.0.1.0/24</source>
        <translation>un préfixe de zone nécessite un CIDR, par exemple 10.0.1.0/24</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="58"/>
        <source>%1 is not a prefix; write it as network/length, such as 10.0.1.0/24</source>
        <translation>%1 n’est pas un préfixe&#xa0;; écrivez-le sous la forme réseau/longueur, par exemple 10.0.1.0/24</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="63"/>
        <source>VLAN %1 is out of range 1-4094</source>
        <translation>le VLAN %1 est hors de la plage 1-4094</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="71"/>
        <source>the gateway %1 is not a single IP address</source>
        <translation>la passerelle %1 n’est pas une adresse IP unique</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="75"/>
        <source>the gateway %1 is not inside %2</source>
        <translation>la passerelle %1 n’est pas dans %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="82"/>
        <source>there is no zone prefix %1</source>
        <translation>il n’y a pas de préfixe de zone %1</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="89"/>
        <source>zone “%1” already has %2 in %3</source>
        <translation>la zone «&#xa0;%1&#xa0;» a déjà %2 dans %3</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="105"/>
        <source>%1 overlaps %2 of zone “%3” in %4</source>
        <translation>%1 chevauche %2 de la zone «&#xa0;%3&#xa0;» dans %4</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="136"/>
        <location filename="../model/addressing/addressedits.cpp" line="166"/>
        <location filename="../model/addressing/nextfree.cpp" line="187"/>
        <source>there is no component %1</source>
        <translation>il n’y a pas de composant %1</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="209"/>
        <location filename="../model/addressing/addressedits.cpp" line="258"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="212"/>
        <source>the plan is empty; it needs the header component,address</source>
        <translation>le plan est vide&#xa0;; il lui faut l’en-tête component,address</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="226"/>
        <source>line %1: the plan needs the header component,address</source>
        <translation>ligne %1&#xa0;: le plan nécessite l’en-tête component,address</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="250"/>
        <source>line %1: there is no component named “%2”</source>
        <translation>ligne %1&#xa0;: aucun composant ne s’appelle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="260"/>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="262"/>
        <source>line %1: %2 already has %3</source>
        <translation>ligne %1&#xa0;: %2 a déjà %3</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="54"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv4</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="61"/>
        <source>%1 has a leading zero in %2, which some tools read as octal; write it without leading zeros</source>
        <translation>%1 a un zéro initial dans %2, que certains outils lisent en octal&#xa0;; écrivez-la sans zéros initiaux</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="69"/>
        <source>%1 is not an IPv4 address: %2 is out of range 0-255</source>
        <translation>%1 n’est pas une adresse IPv4&#xa0;: %2 est hors de la plage 0-255</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="84"/>
        <source>%1 has a zone id (%2), which only means something on one machine; write the address without it</source>
        <translation>%1 contient un identifiant de zone (%2), qui n’a de sens que sur une seule machine&#xa0;; écrivez l’adresse sans lui</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="92"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IPv6</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="104"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="119"/>
        <source>%1 is not a contiguous netmask</source>
        <translation>%1 n’est pas un masque de réseau contigu</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="125"/>
        <source>%1 has no prefix length after the /</source>
        <translation>%1 n’a pas de longueur de préfixe après la /</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="129"/>
        <source>&quot;%1&quot; is not a prefix length</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une longueur de préfixe</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="135"/>
        <location filename="../model/addressing/allocation.cpp" line="111"/>
        <source>prefix length %1 is out of range 0-%2</source>
        <translation>la longueur de préfixe %1 est hors de la plage 0-%2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="178"/>
        <source>an address is empty</source>
        <translation>une adresse est vide</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="209"/>
        <source>%1 has no address before the /</source>
        <translation>%1 n’a pas d’adresse avant la /</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="223"/>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>%1 a des bits d’hôte positionnés&#xa0;; vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="233"/>
        <source>range %1 has no first address</source>
        <translation>la plage %1 n’a pas de première adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="237"/>
        <source>range %1 has no last address</source>
        <translation>la plage %1 n’a pas de dernière adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="248"/>
        <source>range %1 mixes IPv4 and IPv6</source>
        <translation>la plage %1 mélange IPv4 et IPv6</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="252"/>
        <source>range %1 runs backwards</source>
        <translation>la plage %1 est à l’envers</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="59"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="81"/>
        <source>%1 is bound to both %2 in %3</source>
        <translation>%1 est lié à la fois à %2 dans %3</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="82"/>
        <source>%1 is bound to %2 in %3</source>
        <translation>%1 est lié à %2 dans %3</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="120"/>
        <source>%1 of %2 overlaps %3 of %4 in %5</source>
        <translation>%1 de %2 chevauche %3 de %4 dans %5</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="163"/>
        <source>%1 of %2 is outside the prefixes of zone %3 in %4 (%5)</source>
        <translation>%1 de %2 est hors des préfixes de la zone %3 dans %4 (%5)</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="184"/>
        <source>%1 is used by flows but has no address in %2</source>
        <translation>%1 est utilisé par des flux mais n’a pas d’adresse dans %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="199"/>
        <source>%1 is a network but has the name %2 in %3; a network needs a CIDR</source>
        <translation>%1 est un réseau mais a le nom %2 dans %3&#xa0;; un réseau nécessite un CIDR</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="34"/>
        <source>&quot;%1&quot; is not a prefix</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un préfixe</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="94"/>
        <source>%1 has no free address left</source>
        <translation>%1 n’a plus d’adresse libre</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="117"/>
        <source>a /%1 does not fit inside %2</source>
        <translation>un /%1 ne tient pas dans %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="137"/>
        <source>%1 has no free /%2 left</source>
        <translation>%1 n’a plus de /%2 libre</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="38"/>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="45"/>
        <source>&quot;%1&quot; has an empty label</source>
        <translation>«&#xa0;%1&#xa0;» a une étiquette vide</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="50"/>
        <source>label &quot;%1&quot; is longer than %2 characters</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;» dépasse %2 caractères</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="58"/>
        <source>label &quot;%1&quot; contains an underscore, which host names do not allow</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;» contient un tiret bas, interdit dans les noms d’hôte</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="65"/>
        <source>label &quot;%1&quot; contains %2, which host names do not allow</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;» contient %2, interdit dans les noms d’hôte</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="71"/>
        <source>label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;» commence ou se termine par un trait d’union</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="84"/>
        <source>&quot;%1&quot; is too long for a name: %2 characters, at most %3</source>
        <translation>«&#xa0;%1&#xa0;» est trop long pour un nom&#xa0;: %2 caractères, au plus %3</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="97"/>
        <source>&quot;%1&quot; is not a fully qualified name: it needs a domain, as in host.example.com</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom pleinement qualifié&#xa0;: il lui faut un domaine, comme dans host.example.com</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="104"/>
        <source>&quot;%1&quot; is not a name: its last label &quot;%2&quot; is all digits</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom&#xa0;: sa dernière étiquette «&#xa0;%2&#xa0;» ne contient que des chiffres</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="124"/>
        <source>in &quot;%1&quot; the * must be the whole leftmost label, as in *.example.com</source>
        <translation>dans «&#xa0;%1&#xa0;», le * doit constituer toute l’étiquette la plus à gauche, comme dans *.example.com</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="117"/>
        <source>“%1” has no zone to take an address from</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de zone où prendre une adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="125"/>
        <source>zone “%1” of “%2” has no prefix in %3</source>
        <translation>la zone «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n’a pas de préfixe dans %3</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="142"/>
        <source>no prefix of zone “%1” in %2 is large enough for a /%3</source>
        <translation>aucun préfixe de la zone «&#xa0;%1&#xa0;» dans %2 n’est assez grand pour un /%3</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="149"/>
        <source>every prefix of zone “%1” in %2 is already in use (%3)</source>
        <translation>tous les préfixes de la zone «&#xa0;%1&#xa0;» dans %2 sont déjà utilisés (%3)</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="153"/>
        <source>zone “%1” has no free /%2 left in %3 (%4)</source>
        <translation>la zone «&#xa0;%1&#xa0;» n’a plus de /%2 libre dans %3 (%4)</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="158"/>
        <source>zone “%1” has no free address left in %2 (%3)</source>
        <translation>la zone «&#xa0;%1&#xa0;» n’a plus d’adresse libre dans %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselineActions</name>
    <message>
        <location filename="../app/baselineactions.cpp" line="23"/>
        <source>&amp;Baselines…</source>
        <translation>&amp;Références…</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="26"/>
        <source>Named read-only revisions kept in the project: make one, rename or delete it, open it in a window of its own</source>
        <translation>Révisions nommées en lecture seule conservées dans le projet&#xa0;: en créer une, la renommer, la supprimer, l’ouvrir dans sa propre fenêtre</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="77"/>
        <location filename="../app/baselineactions.cpp" line="86"/>
        <source>Open Baseline</source>
        <translation>Ouvrir la référence</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="82"/>
        <source>Baseline “%1” is read-only: it shows the project as it was frozen on %2.</source>
        <translation>La référence «&#xa0;%1&#xa0;» est en lecture seule&#xa0;: elle montre le projet tel qu’il a été figé le %2.</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="102"/>
        <source>Opened baseline “%1” read-only in a new window</source>
        <translation>Référence «&#xa0;%1&#xa0;» ouverte en lecture seule dans une nouvelle fenêtre</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselineEditDialog</name>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="47"/>
        <source>what it is for, e.g. “handed over to the firewall team”</source>
        <translation>à quoi elle sert, p. ex. «&#xa0;remise à l’équipe pare-feu&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="53"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="57"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="65"/>
        <source>A baseline freezes the design, every environment&apos;s addresses and the drawing as they are now, inside the project file. Later edits never change it.</source>
        <translation>Une référence fige la conception, les adresses de chaque environnement et le dessin tels qu’ils sont maintenant, dans le fichier du projet. Les modifications ultérieures ne la changent jamais.</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselinesDialog</name>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="112"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="113"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="114"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="115"/>
        <source>Edit N&amp;ote…</source>
        <translation>Modifier la n&amp;ote…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="116"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="120"/>
        <source>Baselines are named, read-only revisions kept inside the project file: each freezes the design, every environment&apos;s addresses and the drawing as they were when it was made. Open one to look at it in a window of its own.</source>
        <translation>Les références sont des révisions nommées en lecture seule conservées dans le fichier du projet&#xa0;: chacune fige la conception, les adresses de chaque environnement et le dessin tels qu’ils étaient à sa création. Ouvrez-en une pour la consulter dans sa propre fenêtre.</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="142"/>
        <source>Freeze the project as it is now as a new baseline</source>
        <translation>Figer le projet tel qu’il est maintenant comme nouvelle référence</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="144"/>
        <source>Show the selected baseline read-only in a new window</source>
        <translation>Afficher la référence sélectionnée en lecture seule dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="148"/>
        <source>Delete the selected baseline (Edit → Undo brings it back)</source>
        <translation>Supprimer la référence sélectionnée (Édition → Annuler la rétablit)</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="179"/>
        <source>Baselines · %1</source>
        <translation>Références · %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="231"/>
        <source>Only Open is available: %1</source>
        <translation>Seule l’ouverture est possible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="248"/>
        <source>Baseline %1</source>
        <translation>Référence %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="254"/>
        <source>Give the baseline a name.</source>
        <translation>Donnez un nom à la référence.</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="256"/>
        <source>“%1” stands for the design as it is now; give the baseline another name.</source>
        <translation>«&#xa0;%1&#xa0;» désigne la conception telle qu’elle est maintenant&#xa0;; donnez un autre nom à la référence.</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="260"/>
        <source>There is already a baseline named “%1”; choose another name.</source>
        <translation>Il existe déjà une référence nommée «&#xa0;%1&#xa0;»&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="270"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="279"/>
        <source>New Baseline</source>
        <translation>Nouvelle référence</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="291"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="299"/>
        <source>Rename Baseline</source>
        <translation>Renommer la référence</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="308"/>
        <source>Note of Baseline “%1”</source>
        <translation>Note de la référence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="314"/>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="323"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="329"/>
        <source>Delete Baseline</source>
        <translation>Supprimer la référence</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="324"/>
        <source>Delete baseline “%1”? Edit → Undo brings it back.</source>
        <translation>Supprimer la référence «&#xa0;%1&#xa0;»&#xa0;? Édition → Annuler la rétablit.</translation>
    </message>
</context>
<context>
    <name>Portolan::ChangeRequestSave</name>
    <message>
        <location filename="../app/changerequestsave.cpp" line="48"/>
        <source>Save Change Request</source>
        <translation>Enregistrer la demande de changement</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="53"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="54"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="55"/>
        <source>CSV, rule changes only (*.csv)</source>
        <translation>CSV, modifications de règles seules (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="56"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="62"/>
        <source>%1 change request %2 to %3.xlsx</source>
        <translation>%1 demande de changement %2 à %3.xlsx</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="63"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="73"/>
        <source>Portolan writes a change request as .xlsx, .pdf, .csv or .json, not “%1”.</source>
        <translation>Portolan écrit une demande de changement en .xlsx, .pdf, .csv ou .json, pas en «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Portolan::ChangesModel</name>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="22"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="22"/>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="27"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="62"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="63"/>
        <source>source addresses</source>
        <translation>adresses source</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="64"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="66"/>
        <source>destination addresses</source>
        <translation>adresses de destination</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="67"/>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="68"/>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="77"/>
        <source>Rules to add</source>
        <translation>Règles à ajouter</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="78"/>
        <source>Rules to remove</source>
        <translation>Règles à supprimer</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="79"/>
        <source>Rules to modify</source>
        <translation>Règles à modifier</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="87"/>
        <source>%1: %2 to %3</source>
        <translation>%1&#xa0;: %2 vers %3</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="101"/>
        <source>%1 to %2</source>
        <comment>source addresses to destination addresses</comment>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="131"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="132"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="133"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="134"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="135"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="136"/>
        <source>Zone prefixes</source>
        <translation>Préfixes de zone</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="137"/>
        <source>Environments</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="155"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="156"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>Portolan::ChangesPanel</name>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="21"/>
        <source>Close Comparison</source>
        <translation>Fermer la comparaison</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="22"/>
        <source>Save Change Request…</source>
        <translation>Enregistrer la demande de changement…</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="43"/>
        <source>End the comparison and draw the diagram as it is</source>
        <translation>Terminer la comparaison et dessiner le diagramme tel qu’il est</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="46"/>
        <source>Write these changes for the firewall team: a workbook, a PDF with the delta diagram and a sign-off, the rule changes as CSV, or JSON</source>
        <translation>Écrire ces modifications pour l’équipe pare-feu&#xa0;: un classeur, un PDF avec le diagramme des écarts et une validation, les modifications de règles en CSV, ou du JSON</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="79"/>
        <source>Changes from %1 to %2</source>
        <translation>Modifications de %1 à %2</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="80"/>
        <source>No differences between %1 and %2</source>
        <translation>Aucune différence entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>Portolan::CollapsedZones</name>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="28"/>
        <source>1 component</source>
        <translation>1 composant</translation>
    </message>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="29"/>
        <source>%1 components</source>
        <translation>%1 composants</translation>
    </message>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="106"/>
        <source>No zone</source>
        <translation>Aucune zone</translation>
    </message>
</context>
<context>
    <name>Portolan::CompareActions</name>
    <message>
        <location filename="../app/compareactions.cpp" line="55"/>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparer…</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="56"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="60"/>
        <location filename="../app/compareactions.cpp" line="118"/>
        <source>Compare a baseline with a later one or the working design, or two environments</source>
        <translation>Comparer une référence à une plus récente ou à la conception en cours, ou deux environnements</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="76"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="120"/>
        <source>Nothing to compare yet: freeze a baseline of the design or add a second environment</source>
        <translation>Rien à comparer pour l’instant&#xa0;: figez une référence de la conception ou ajoutez un second environnement</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="182"/>
        <source>the working design</source>
        <translation>la conception en cours</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="186"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="192"/>
        <source>nothing is compared</source>
        <translation>rien n’est comparé</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="200"/>
        <source>Wrote the change request to %1.</source>
        <translation>Demande de changement écrite dans %1.</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="233"/>
        <source>The environments compared are no longer there</source>
        <translation>Les environnements comparés n’existent plus</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="260"/>
        <source>The diagram shows the working design: it is drawn with the changes only against the working design.</source>
        <translation>Le diagramme montre la conception en cours&#xa0;: il n’est dessiné avec les modifications que face à la conception en cours.</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="285"/>
        <source>Laying out %1…</source>
        <translation>Disposition de %1…</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="323"/>
        <source>Baseline “%1” is gone: the comparison is closed</source>
        <translation>La référence «&#xa0;%1&#xa0;» n’existe plus&#xa0;: la comparaison est fermée</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="373"/>
        <source>Environment “%1”</source>
        <translation>Environnement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="379"/>
        <source>“%1” is not in the working design</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans la conception en cours</translation>
    </message>
</context>
<context>
    <name>Portolan::CompareDialog</name>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="34"/>
        <source>Environment against environment:</source>
        <translation>Environnement contre environnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="40"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="53"/>
        <source>Working design</source>
        <translation>Conception en cours</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="61"/>
        <source>The same design without addresses (no environment)</source>
        <translation>La même conception sans adresses (aucun environnement)</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="62"/>
        <source>The current environment (%1) on both sides</source>
        <translation>L’environnement courant (%1) des deux côtés</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="65"/>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="66"/>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="69"/>
        <source>against</source>
        <translation>contre</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentDeletionDialog</name>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="35"/>
        <source>Delete Components</source>
        <translation>Supprimer des composants</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="59"/>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="60"/>
        <source>Delete %n Component(s)</source>
        <translation>
            <numerusform>Supprimer %n composant</numerusform>
            <numerusform>Supprimer %n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="62"/>
        <source>“%1” has %n flow(s). What becomes of them?</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n flux. Que doit-il devenir&#xa0;?</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n flux. Que doivent-ils devenir&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="63"/>
        <source>These components have %n flow(s). What becomes of them?</source>
        <translation>
            <numerusform>Ces composants ont %n flux. Que doit-il devenir&#xa0;?</numerusform>
            <numerusform>Ces composants ont %n flux. Que doivent-ils devenir&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="68"/>
        <source>Delete “%1” and its %n flow(s)</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et son flux (%n)</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="69"/>
        <source>Delete the %n component(s) and %1</source>
        <translation>
            <numerusform>Supprimer %n composant et %1</numerusform>
            <numerusform>Supprimer les %n composants et %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="70"/>
        <source>their %n flow(s)</source>
        <translation>
            <numerusform>leur flux (%n)</numerusform>
            <numerusform>leurs %n flux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="73"/>
        <source>Keep its flows, moving them to:</source>
        <translation>Conserver ses flux en les déplaçant vers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="74"/>
        <source>Keep their flows, moving them to:</source>
        <translation>Conserver leurs flux en les déplaçant vers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="76"/>
        <source>Another component</source>
        <translation>Un autre composant</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="82"/>
        <source>Flows that would then repeat another flow, or run from the component to itself, are deleted. Undo brings everything back.</source>
        <translation>Les flux qui répéteraient alors un autre flux, ou iraient du composant vers lui-même, sont supprimés. Annuler rétablit tout.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="87"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="127"/>
        <source>There is no other component “%1”.</source>
        <translation>Il n’y a pas d’autre composant «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentImportDialog</name>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="32"/>
        <source>Import Components</source>
        <translation>Importer des composants</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="33"/>
        <source>Components from “%1”</source>
        <translation>Composants de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="50"/>
        <source>Rows in bold change the project; the others are as the list says.</source>
        <translation>Les lignes en gras modifient le projet&#xa0;; les autres sont déjà conformes à la liste.</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="55"/>
        <source>&amp;Lay out the diagram afresh</source>
        <translation>Re&amp;calculer la disposition du diagramme</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="58"/>
        <source>Forget every stored drawing and dragged place, as Reset Layout does, in the same undo step. Suggested when the list moves components or puts zones into others.</source>
        <translation>Oublier tous les dessins enregistrés et positions déplacées, comme le fait Réinitialiser la disposition, dans la même étape d’annulation. Conseillé lorsque la liste déplace des composants ou place des zones dans d’autres.</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="63"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="73"/>
        <source>Warnings and errors:</source>
        <translation>Avertissements et erreurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="104"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="110"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="116"/>
        <source>(no zone)</source>
        <translation>(aucune zone)</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="134"/>
        <source>The file cannot be imported: see the errors above.</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: voir les erreurs ci-dessus.</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="138"/>
        <source>Every component is in the project as the list says: nothing to import.</source>
        <translation>Chaque composant est déjà dans le projet tel que la liste l’indique&#xa0;: rien à importer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="285"/>
        <location filename="../views/import/componentimportdialog.cpp" line="154"/>
        <source>%n new component(s)</source>
        <translation>
            <numerusform>%n nouveau composant</numerusform>
            <numerusform>%n nouveaux composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="155"/>
        <source>%n moved to another zone</source>
        <translation>
            <numerusform>%n déplacé dans une autre zone</numerusform>
            <numerusform>%n déplacés dans une autre zone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="156"/>
        <source>%n given another kind</source>
        <translation>
            <numerusform>%n changé de type</numerusform>
            <numerusform>%n changés de type</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="288"/>
        <location filename="../views/import/componentimportdialog.cpp" line="157"/>
        <source>%n new zone(s)</source>
        <translation>
            <numerusform>%n nouvelle zone</numerusform>
            <numerusform>%n nouvelles zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="158"/>
        <source>%n zone(s) put into others</source>
        <translation>
            <numerusform>%n zone placée dans une autre</numerusform>
            <numerusform>%n zones placées dans d’autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="159"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="160"/>
        <source>No components.</source>
        <translation>Aucun composant.</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentKind</name>
    <message>
        <location filename="../model/domain/types.cpp" line="71"/>
        <source>host</source>
        <extracomment>A kind of component, shown in the Kind column and inside sentences (&quot;Make “%1” a %2&quot;).</extracomment>
        <translation>hôte</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="75"/>
        <source>appliance</source>
        <extracomment>A kind of component (router, firewall, load balancer…).</extracomment>
        <translation>équipement</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="79"/>
        <source>cluster</source>
        <extracomment>A kind of component.</extracomment>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="83"/>
        <source>network</source>
        <extracomment>A kind of component: a network given as a CIDR.</extracomment>
        <translation>réseau</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="87"/>
        <source>service</source>
        <extracomment>A kind of component.</extracomment>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="91"/>
        <source>saas</source>
        <extracomment>A kind of component: software as a service, reached by its FQDN.</extracomment>
        <translation>SaaS</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="95"/>
        <source>client</source>
        <extracomment>A kind of component: workstations, laptops.</extracomment>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="99"/>
        <source>any</source>
        <extracomment>A kind of component: any address at all.</extracomment>
        <translation>quelconque</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentNameDelegate</name>
    <message>
        <location filename="../views/tables/componentnamedelegate.cpp" line="33"/>
        <source>Type the name of a component.</source>
        <translation>Saisissez le nom d’un composant.</translation>
    </message>
    <message>
        <location filename="../views/tables/componentnamedelegate.cpp" line="35"/>
        <source>There is no component “%1”.</source>
        <translation>Il n’y a pas de composant «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentPage</name>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="30"/>
        <source>Unpin</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="40"/>
        <source>10.0.1.5, 2001:db8::5, host.example.com</source>
        <translation>10.0.1.5, 2001:db8::5, host.example.com</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="41"/>
        <source>Addresses in this environment, separated by commas or spaces: IPv4 or IPv6 addresses, CIDRs, ranges a-b, host names</source>
        <translation>Adresses dans cet environnement, séparées par des virgules ou des espaces&#xa0;: adresses IPv4 ou IPv6, CIDR, plages a-b, noms d’hôte</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="45"/>
        <source>Let the layout place this component again</source>
        <translation>Laisser la disposition placer à nouveau ce composant</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="47"/>
        <source>Double-click a flow to inspect it</source>
        <translation>Double-cliquez sur un flux pour l’inspecter</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="52"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="54"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="55"/>
        <source>Zone:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="56"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="62"/>
        <source>Position:</source>
        <translation>Position&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="64"/>
        <source>Flows:</source>
        <translation>Flux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="97"/>
        <source>Addresses (%1):</source>
        <translation>Adresses (%1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="148"/>
        <source>Component “%1”</source>
        <translation>Composant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="152"/>
        <source>(no zone)</source>
        <translation>(aucune zone)</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="156"/>
        <source>pinned at %1, %2</source>
        <translation>épinglé en %1, %2</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="160"/>
        <source>placed by the layout</source>
        <translation>placé par la disposition</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentTableModel</name>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="14"/>
        <source>(no zone)</source>
        <translation>(aucune zone)</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="140"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="142"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="144"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="146"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="148"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="184"/>
        <source>“%1” is not a kind of component; choose one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de composant&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="198"/>
        <source>There is no zone “%1”.</source>
        <translation>Il n’y a pas de zone «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentsPanel</name>
    <message>
        <location filename="../views/tables/componentspanel.cpp" line="26"/>
        <source>&amp;New Component</source>
        <translation>&amp;Nouveau composant</translation>
    </message>
    <message>
        <location filename="../views/tables/componentspanel.cpp" line="54"/>
        <source>New component %1</source>
        <translation>Nouveau composant %1</translation>
    </message>
</context>
<context>
    <name>Portolan::DesignLint</name>
    <message>
        <location filename="../model/lint/designlint.cpp" line="62"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="88"/>
        <source>%1 contradicts %2, which uses %3 on %4</source>
        <translation>%1 contredit %2, qui utilise %3 sur %4</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="100"/>
        <source>%1 allows any protocol on any port</source>
        <translation>%1 autorise n’importe quel protocole sur n’importe quel port</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="109"/>
        <source>%1 has no ports; a %2 flow needs the ports it opens</source>
        <translation>%1 n’a pas de ports&#xa0;; un flux %2 a besoin des ports qu’il ouvre</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="118"/>
        <source>%1 opens every port</source>
        <translation>%1 ouvre tous les ports</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="119"/>
        <source>%1 opens %2 ports; a range wider than %3 ports is rarely what is meant</source>
        <translation>%1 ouvre %2 ports&#xa0;; une plage de plus de %3 ports est rarement voulue</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="140"/>
        <source>%1 is listed %2 times</source>
        <translation>%1 figure %2 fois</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="155"/>
        <source>%1 has no flows</source>
        <translation>%1 n’a aucun flux</translation>
    </message>
</context>
<context>
    <name>Portolan::Diagram</name>
    <message>
        <location filename="../model/diagram/diagramcontent.cpp" line="60"/>
        <source>1 flow</source>
        <translation>1 flux</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramcontent.cpp" line="61"/>
        <source>%1 flows</source>
        <translation>%1 flux</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/diagram/diagramstyle.cpp" line="197"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramActions</name>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="36"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="38"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="39"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="40"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="41"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="42"/>
        <source>Show the whole diagram</source>
        <translation>Afficher tout le diagramme</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="43"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="44"/>
        <source>Zoom to 100 %</source>
        <translation>Zoomer à 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="45"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="46"/>
        <source>Unpin every component and lay the diagram out afresh</source>
        <translation>Détacher tous les composants et recalculer la disposition du diagramme</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="63"/>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramEditor</name>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="31"/>
        <source>New component</source>
        <translation>Nouveau composant</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="59"/>
        <source>&amp;Draw Flows</source>
        <translation>&amp;Dessiner des flux</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="60"/>
        <source>New &amp;Component</source>
        <translation>Nouveau &amp;composant</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="61"/>
        <source>&amp;Merge Components…</source>
        <translation>&amp;Fusionner des composants…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="62"/>
        <source>Show &amp;Addresses</source>
        <translation>Afficher les &amp;adresses</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="63"/>
        <source>&amp;Focus</source>
        <translation>F&amp;ocus</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="64"/>
        <source>Focus, T&amp;wo Flows Away</source>
        <translation>Focus, à de&amp;ux flux</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="68"/>
        <source>Show the selected components with what they talk to, sources on the left (F)</source>
        <translation>Afficher les composants sélectionnés avec ce avec quoi ils communiquent, sources à gauche (F)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="72"/>
        <source>As Focus, and what those components talk to in turn (Shift+F)</source>
        <translation>Comme Focus, plus ce avec quoi ces composants communiquent à leur tour (Shift+F)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="85"/>
        <source>Show each component&apos;s addresses in the current environment under its name</source>
        <translation>Afficher les adresses de chaque composant dans l’environnement actuel sous son nom</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="89"/>
        <source>Make the selected components one, keeping their flows</source>
        <translation>Réunir les composants sélectionnés en un seul, en conservant leurs flux</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="97"/>
        <source>Merge Components</source>
        <translation>Fusionner des composants</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="98"/>
        <source>The flows of the others move to the component that stays:</source>
        <translation>Les flux des autres passent au composant qui reste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="109"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="110"/>
        <source>Drag from one component to another to add a flow (or hold Shift while dragging)</source>
        <translation>Faites glisser d’un composant à un autre pour ajouter un flux (ou maintenez Maj enfoncée en faisant glisser)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="114"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="115"/>
        <source>Add a component (or double-click empty space)</source>
        <translation>Ajouter un composant (ou double-cliquer sur un espace vide)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="157"/>
        <source>Save this view (Views → New from Filter) to place components in it.</source>
        <translation>Enregistrez cette vue (Vues → Nouvelle depuis le filtre) pour y placer des composants.</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="30"/>
        <source>&amp;Open Zone</source>
        <translation>&amp;Ouvrir la zone</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="31"/>
        <source>E&amp;xpand Zone</source>
        <translation>Dé&amp;plier la zone</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="37"/>
        <source>&amp;Edit Component</source>
        <translation>&amp;Modifier le composant</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="43"/>
        <source>&amp;Unpin</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="47"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="54"/>
        <source>Edit %1 %2 — %3</source>
        <translation>Modifier %1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diagram/diagrameditormenu.cpp" line="59"/>
        <source>&amp;Delete %n Flow(s)</source>
        <translation>
            <numerusform>&amp;Supprimer %n flux</numerusform>
            <numerusform>&amp;Supprimer %n flux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="65"/>
        <source>C&amp;ollapse Zone “%1”</source>
        <translation>Re&amp;plier la zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="70"/>
        <source>New &amp;Component Here</source>
        <translation>Nouveau &amp;composant ici</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="74"/>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="37"/>
        <source>view “%1”</source>
        <translation>vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="63"/>
        <source>the components in no zone and what talks to them</source>
        <translation>les composants hors zone et ce qui communique avec eux</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="71"/>
        <source>zone “%1” and what talks to it</source>
        <translation>la zone «&#xa0;%1&#xa0;» et ce qui communique avec elle</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="84"/>
        <source>Select a component to focus on.</source>
        <translation>Sélectionnez un composant sur lequel faire le focus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diagram/diagrameditorviews.cpp" line="89"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="91"/>
        <source>focus on %1</source>
        <translation>focus sur %1</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="92"/>
        <source>focus on %1, two flows away</source>
        <translation>focus sur %1, à deux flux</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramExportAction</name>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="25"/>
        <source>&amp;Export Diagram…</source>
        <translation>&amp;Exporter le diagramme…</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="28"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="29"/>
        <source>Write the diagram as SVG, PNG, PDF, DOT or JSON</source>
        <translation>Écrire le diagramme en SVG, PNG, PDF, DOT ou JSON</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="64"/>
        <source>Exported the diagram to %1</source>
        <translation>Diagramme exporté vers %1</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramFilterBar</name>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="59"/>
        <source>Filter: name, address, purpose, port (443, 30000-32767)…</source>
        <translation>Filtre&#xa0;: nom, adresse, objet, port (443, 30000-32767)…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="72"/>
        <source>Hide non-matching</source>
        <translation>Masquer les non-correspondants</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="78"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="79"/>
        <source>Show everything again</source>
        <translation>Tout afficher à nouveau</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="132"/>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="132"/>
        <source>Any Zone</source>
        <translation>Toute zone</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="208"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="209"/>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="210"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="211"/>
        <source>Only flows touching the ticked zones</source>
        <translation>Seulement les flux touchant les zones cochées</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramPane</name>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="66"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="72"/>
        <source>Laying out the diagram…</source>
        <translation>Calcul de la disposition du diagramme…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="283"/>
        <source>%1 of %2 connections</source>
        <translation>%1 liaisons sur %2</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramText</name>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="142"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="144"/>
        <source>Appliance</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="146"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="148"/>
        <source>Network (CIDR)</source>
        <translation>Réseau (CIDR)</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="150"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="152"/>
        <source>SaaS / FQDN</source>
        <translation>SaaS / FQDN</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="154"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="156"/>
        <source>Any</source>
        <translation>Quelconque</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="28"/>
        <source>(optional)</source>
        <translation>(optionnel)</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="45"/>
        <source>%1: no address</source>
        <translation>%1&#xa0;: aucune adresse</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="74"/>
        <source>every component of %1</source>
        <translation>chaque composant de %1</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="64"/>
        <source>No product</source>
        <translation>Aucun produit</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="104"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="105"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
</context>
<context>
    <name>Portolan::DotExporter</name>
    <message>
        <location filename="../views/export/dotexporter.cpp" line="64"/>
        <source>Graphviz DOT graph</source>
        <translation>Graphe Graphviz DOT</translation>
    </message>
</context>
<context>
    <name>Portolan::DrawingStyleActions</name>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="16"/>
        <source>&amp;Orthogonal</source>
        <translation>&amp;Orthogonal</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="17"/>
        <source>&amp;Curved</source>
        <translation>&amp;Courbe</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="18"/>
        <source>&amp;Group Flows by Zone</source>
        <translation>&amp;Grouper les flux par zone</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="20"/>
        <source>&amp;Left to Right</source>
        <translation>De &amp;gauche à droite</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="21"/>
        <source>&amp;Top to Bottom</source>
        <translation>De &amp;haut en bas</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="24"/>
        <source>Edges in horizontal and vertical runs, each label on a straight run of its own edge</source>
        <translation>Arêtes en segments horizontaux et verticaux, chaque étiquette sur un segment droit de sa propre arête</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="27"/>
        <source>Edges as Graphviz draws them, labels placed along them</source>
        <translation>Arêtes telles que Graphviz les dessine, étiquettes placées le long de celles-ci</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="29"/>
        <source>One edge from or to a zone&apos;s frame when every component of the zone has the same service with the same end</source>
        <translation>Une seule arête depuis ou vers le cadre d’une zone lorsque chaque composant de la zone a le même service avec la même extrémité</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="32"/>
        <source>Flows run across the page, sources on the left: the drawing is laid out afresh</source>
        <translation>Les flux traversent la page, les sources à gauche : le dessin est disposé à nouveau</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="35"/>
        <source>Flows run down the page, sources at the top: the drawing is laid out afresh</source>
        <translation>Les flux descendent la page, les sources en haut : le dessin est disposé à nouveau</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="60"/>
        <source>&amp;Edge Style</source>
        <translation>Style des &amp;arêtes</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="63"/>
        <source>Layout &amp;Direction</source>
        <translation>&amp;Direction de la disposition</translation>
    </message>
</context>
<context>
    <name>Portolan::EditActions</name>
    <message>
        <location filename="../app/editactions.cpp" line="50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="53"/>
        <source>Take back the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="54"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="57"/>
        <source>Make the change taken back last again</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="59"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="60"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="71"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="72"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copier les lignes sélectionnées sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="74"/>
        <source>&amp;Paste Flows</source>
        <translation>Co&amp;ller des flux</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="75"/>
        <source>Add flows from rows copied in a spreadsheet</source>
        <translation>Ajouter des flux à partir de lignes copiées dans un tableur</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="77"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="78"/>
        <source>Delete what is selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="80"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="83"/>
        <source>Filter the table or the diagram that has the focus</source>
        <translation>Filtrer le tableau ou le diagramme qui a le focus</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="85"/>
        <source>New &amp;Flow…</source>
        <translation>Nouveau &amp;flux…</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="87"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="88"/>
        <source>Add a flow between two components</source>
        <translation>Ajouter un flux entre deux composants</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="92"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Portolan::EnvironmentSwitcher</name>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="26"/>
        <source>&amp;New Environment…</source>
        <translation>&amp;Nouvel environnement…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="27"/>
        <source>&amp;Rename Environment…</source>
        <translation>&amp;Renommer l’environnement…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="28"/>
        <source>D&amp;uplicate Environment…</source>
        <translation>D&amp;upliquer l’environnement…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="29"/>
        <source>&amp;Delete Environment</source>
        <translation>&amp;Supprimer l’environnement</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="32"/>
        <source>The environment whose addresses the window shows</source>
        <translation>L’environnement dont la fenêtre affiche les adresses</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="38"/>
        <source>Add an environment (Lab, Production, a second site…)</source>
        <translation>Ajouter un environnement (Lab, Production, un second site…)</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="39"/>
        <source>Give the current environment another name</source>
        <translation>Donner un autre nom à l’environnement actuel</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="40"/>
        <source>Delete the current environment with its addresses and prefixes</source>
        <translation>Supprimer l’environnement actuel avec ses adresses et ses préfixes</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="44"/>
        <source>Add an environment starting with a copy of this one&apos;s addresses and prefixes</source>
        <translation>Ajouter un environnement commençant par une copie des adresses et préfixes de celui-ci</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="60"/>
        <source>New Environment</source>
        <translation>Nouvel environnement</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="60"/>
        <source>Name of the new environment:</source>
        <translation>Nom du nouvel environnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="61"/>
        <location filename="../views/environment/environmentswitcher.cpp" line="103"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="65"/>
        <source>Rename Environment</source>
        <translation>Renommer l’environnement</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="65"/>
        <source>New name of “%1”:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="69"/>
        <source>Duplicate Environment</source>
        <translation>Dupliquer l’environnement</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="70"/>
        <source>Name of the copy of “%1”, with all its addresses and prefixes:</source>
        <translation>Nom de la copie de «&#xa0;%1&#xa0;», avec toutes ses adresses et tous ses préfixes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="86"/>
        <source>Delete the environment “%1” with its %2 and %3? You can undo this.</source>
        <translation>Supprimer l’environnement «&#xa0;%1&#xa0;» avec ses %2 et ses %3&#xa0;? Vous pourrez annuler cette action.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/environment/environmentswitcher.cpp" line="87"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adresse</numerusform>
            <numerusform>%n adresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/environment/environmentswitcher.cpp" line="88"/>
        <source>%n zone prefix(es)</source>
        <translation>
            <numerusform>%n préfixe de zone</numerusform>
            <numerusform>%n préfixes de zone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="89"/>
        <source>Delete Environment</source>
        <translation>Supprimer l’environnement</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="105"/>
        <source>Environment: </source>
        <translation>Environnement&#xa0;: </translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="202"/>
        <source>No environment</source>
        <translation>Aucun environnement</translation>
    </message>
</context>
<context>
    <name>Portolan::ExportDiagramDialog</name>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="58"/>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="62"/>
        <source>&amp;Transparent background</source>
        <translation>Fond &amp;transparent</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="69"/>
        <location filename="../views/export/exportdiagramdialog.cpp" line="213"/>
        <source>Export Diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="73"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="77"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="78"/>
        <source>PNG: pixels per inch; the diagram&apos;s points are scaled by dpi / 72.</source>
        <translation>PNG&#xa0;: pixels par pouce&#xa0;; les points du diagramme sont mis à l’échelle par dpi / 72.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="81"/>
        <source>PDF: the sheet the diagram is fitted on; the orientation follows the diagram.</source>
        <translation>PDF&#xa0;: la feuille sur laquelle le diagramme est ajusté&#xa0;; l’orientation suit celle du diagramme.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="83"/>
        <source>PNG and SVG: no background instead of white.</source>
        <translation>PNG et SVG&#xa0;: aucun fond au lieu d’un fond blanc.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="84"/>
        <source>No addresses</source>
        <translation>Aucune adresse</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="88"/>
        <source>Draws the addresses of this environment under the component names.</source>
        <translation>Dessine les adresses de cet environnement sous les noms des composants.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="98"/>
        <source>Flows of the products</source>
        <translation>Flux des produits</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="99"/>
        <source>A&amp;ll</source>
        <translation>Tou&amp;s</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="100"/>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="114"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="117"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="118"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="119"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="121"/>
        <source>&amp;Addresses of:</source>
        <translation>A&amp;dresses de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="123"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="128"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="140"/>
        <source>diagram</source>
        <translation>diagramme</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="210"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="259"/>
        <source>Check at least one product: the diagram draws the flows of the products checked.</source>
        <translation>Cochez au moins un produit&#xa0;: le diagramme dessine les flux des produits cochés.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="268"/>
        <source>The project has no stored drawing yet, so only the diagram the window shows can be exported: every product, %1.</source>
        <translation>Le projet n’a pas encore de dessin enregistré&#xa0;; seul le diagramme affiché par la fenêtre peut donc être exporté&#xa0;: tous les produits, %1.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="270"/>
        <source>the addresses of %1</source>
        <translation>les adresses de %1</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="270"/>
        <source>no addresses</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="275"/>
        <source>There is nothing to draw: the project has no components.</source>
        <translation>Il n’y a rien à dessiner&#xa0;: le projet n’a aucun composant.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="276"/>
        <source>There is nothing to draw: the products checked have no flows here.</source>
        <translation>Il n’y a rien à dessiner&#xa0;: les produits cochés n’ont aucun flux ici.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="293"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="302"/>
        <source>nothing to draw</source>
        <translation>rien à dessiner</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="308"/>
        <source>The image would be too large (at most %1 pixels a side and %2 MB): lower the resolution.</source>
        <translation>L’image serait trop grande (au plus %1 pixels de côté et %2 Mo)&#xa0;: baissez la résolution.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="312"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="317"/>
        <source>%1 landscape</source>
        <translation>%1 paysage</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="318"/>
        <source>%1 portrait</source>
        <translation>%1 portrait</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="321"/>
        <source>%1, one page, at %2 %</source>
        <translation>%1, une page, à %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="322"/>
        <source>%1, a map and %2 pages of parts, at %3 %</source>
        <translation>%1, une carte et %2 pages de parties, à %3&#xa0;%</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="328"/>
        <source>a graph without geometry: Graphviz sizes it when it lays it out</source>
        <translation>un graphe sans géométrie&#xa0;: Graphviz le dimensionne lors de sa disposition</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="331"/>
        <source>%1 × %2 points (%3 × %4 mm)</source>
        <translation>%1 × %2 points (%3 × %4 mm)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="360"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="365"/>
        <source>The diagram could not be exported to %1:
%2</source>
        <translation>Impossible d’exporter le diagramme vers %1&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>Portolan::FileActions</name>
    <message>
        <location filename="../app/fileactions.cpp" line="32"/>
        <source>Portolan projects (*.portolan)</source>
        <translation>Projets Portolan (*.portolan)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="50"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="52"/>
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="54"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="56"/>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="58"/>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="61"/>
        <source>Save the project under another name; the open one stays open (every change is already saved)</source>
        <translation>Enregistrer le projet sous un autre nom&#xa0;; celui qui est ouvert le reste (chaque modification est déjà enregistrée)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="64"/>
        <source>&amp;Import Flows…</source>
        <translation>&amp;Importer des flux…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="65"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="66"/>
        <source>Add flows from markdown or CSV tables, after a preview</source>
        <translation>Ajouter des flux depuis des tableaux Markdown ou CSV, après un aperçu</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="68"/>
        <source>Import &amp;Components…</source>
        <translation>Importer des co&amp;mposants…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="70"/>
        <source>Create zones and components from a CMDB or NetBox list, after a preview</source>
        <translation>Créer des zones et des composants depuis une liste CMDB ou NetBox, après un aperçu</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="72"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="74"/>
        <source>Close Portolan; every change is already in the project file</source>
        <translation>Fermer Portolan&#xa0;; chaque modification est déjà dans le fichier de projet</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="85"/>
        <source>New from &amp;Sample</source>
        <translation>Nouveau depuis un e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="88"/>
        <source>Save this reference design as a new project and open it</source>
        <translation>Enregistrer cette architecture de référence comme nouveau projet et l’ouvrir</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="90"/>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="126"/>
        <source>Untitled.portolan</source>
        <translation>Sans titre.portolan</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="128"/>
        <location filename="../app/fileactions.cpp" line="138"/>
        <location filename="../app/fileactions.cpp" line="158"/>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="139"/>
        <source>%1 cannot be replaced.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="168"/>
        <location filename="../app/fileactions.cpp" line="178"/>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="209"/>
        <source>%1 was changed by another program and has been opened again; the undo history before that is cleared.</source>
        <translation>%1 a été modifié par un autre programme et a été rouvert ; l’historique d’annulation antérieur est effacé.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="212"/>
        <source>%1 was changed by another program and has been opened again.</source>
        <translation>%1 a été modifié par un autre programme et a été rouvert.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="226"/>
        <source>Import Flows</source>
        <translation>Importer des flux</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="227"/>
        <location filename="../app/fileactions.cpp" line="257"/>
        <source>Flow tables (*.md *.markdown *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tableaux de flux (*.md *.markdown *.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="238"/>
        <source>Open or create a project to import flows into.</source>
        <translation>Ouvrez ou créez un projet dans lequel importer des flux.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="244"/>
        <source>Imported %n flow(s)</source>
        <translation>
            <numerusform>%n flux importé</numerusform>
            <numerusform>%n flux importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="245"/>
        <source>; %n already in the project</source>
        <translation>
            <numerusform>&#xa0;; %n déjà dans le projet</numerusform>
            <numerusform>&#xa0;; %n déjà dans le projet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="256"/>
        <source>Import a Port Table</source>
        <translation>Importer un tableau de ports</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="269"/>
        <source>Import Components</source>
        <translation>Importer des composants</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="270"/>
        <source>Component lists (*.csv *.tsv *.txt *.md *.markdown);;All files (*)</source>
        <translation>Listes de composants (*.csv *.tsv *.txt *.md *.markdown);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="277"/>
        <source>Open or create a project to import components into.</source>
        <translation>Ouvrez ou créez un projet dans lequel importer des composants.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="284"/>
        <source>Imported the component list: %1, %2, %3.</source>
        <translation>Liste de composants importée&#xa0;: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="287"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="299"/>
        <source> copy</source>
        <translation> copie</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="301"/>
        <location filename="../app/fileactions.cpp" line="306"/>
        <location filename="../app/fileactions.cpp" line="311"/>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="307"/>
        <source>Choose another file: this is the open project.</source>
        <translation>Choisissez un autre fichier&#xa0;: celui-ci est le projet ouvert.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="314"/>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowDialog</name>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="43"/>
        <source>Edit Flow</source>
        <translation>Modifier le flux</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="43"/>
        <source>New Flow</source>
        <translation>Nouveau flux</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="48"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="55"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="59"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="62"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="69"/>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotocole&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="73"/>
        <source>e.g. 443 or 80,443 or 30000-32767</source>
        <translation>p. ex. 443 ou 80,443 ou 30000-32767</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="74"/>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="78"/>
        <source>P&amp;urpose:</source>
        <translation>Ob&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="79"/>
        <source>Needed only for some deployments</source>
        <translation>Nécessaire seulement pour certains déploiements</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="81"/>
        <source>Op&amp;tional:</source>
        <translation>Op&amp;tionnel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="85"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="93"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="93"/>
        <source>Add Flow</source>
        <translation>Ajouter le flux</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="127"/>
        <source>Choose the source.</source>
        <translation>Choisissez la source.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="128"/>
        <location filename="../views/dialogs/flowdialog.cpp" line="132"/>
        <source>There is no component named “%1”.</source>
        <translation>Il n’y a pas de composant nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="131"/>
        <source>Choose the destination.</source>
        <translation>Choisissez la destination.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="134"/>
        <source>Ports: %1.</source>
        <translation>Ports&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="137"/>
        <source>Enter the ports (443, 80,443, 30000-32767 or any).</source>
        <translation>Saisissez les ports (443, 80,443, 30000-32767 ou any).</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowPage</name>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="28"/>
        <source>Optional</source>
        <translation>Optionnel</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="37"/>
        <source>e.g. 443,8443 or 30000-32767</source>
        <translation>p. ex. 443,8443 ou 30000-32767</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="40"/>
        <source>Needed only for optional features</source>
        <translation>Nécessaire seulement pour des fonctions optionnelles</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="45"/>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="46"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="48"/>
        <source>Destination:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="50"/>
        <source>Protocol:</source>
        <translation>Protocole&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="51"/>
        <source>Ports:</source>
        <translation>Ports&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="53"/>
        <source>Purpose:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="55"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="107"/>
        <source>Flow %1 → %2</source>
        <translation>Flux %1 → %2</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="140"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="192"/>
        <source>There is no component named “%1”.</source>
        <translation>Il n’y a pas de composant nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowTableModel</name>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="18"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="28"/>
        <source>%1 flows have no ports; leave the cell empty</source>
        <translation>Les flux %1 n’ont pas de ports&#xa0;; laissez la cellule vide</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="113"/>
        <source>Optional: the platform works without it</source>
        <translation>Optionnel&#xa0;: la plateforme fonctionne sans lui</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="149"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="151"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="153"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="155"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="157"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="159"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="161"/>
        <source>Optional</source>
        <translation>Optionnel</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="163"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="218"/>
        <source>A flow needs a source and a destination.</source>
        <translation>Un flux a besoin d’une source et d’une destination.</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="219"/>
        <source>There is no component “%1”.</source>
        <translation>Il n’y a pas de composant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="231"/>
        <source>There is no product “%1”.</source>
        <translation>Il n’y a pas de produit «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="245"/>
        <source>“%1” is not a protocol; choose one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un protocole&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="258"/>
        <source>Ports not changed: %1.</source>
        <translation>Ports non modifiés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowsPanel</name>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="29"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="48"/>
        <source>&amp;Paste Flows</source>
        <translation>Co&amp;ller des flux</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="50"/>
        <source>&amp;New Flow…</source>
        <translation>&amp;Nouveau flux…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="78"/>
        <source>Deleted %n flow(s).</source>
        <translation>
            <numerusform>%n flux supprimé.</numerusform>
            <numerusform>%n flux supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="93"/>
        <source>Paste Flows</source>
        <translation>Coller des flux</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="96"/>
        <source>The clipboard holds no flows to paste. Copy rows with the columns Source, Destination, Protocol, Ports and Purpose, or with a header row naming them.</source>
        <translation>Le presse-papiers ne contient aucun flux à coller. Copiez des lignes avec les colonnes Source, Destination, Protocol, Ports et Purpose, ou avec une ligne d’en-tête les nommant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="101"/>
        <source>%n flow(s) can be pasted; some rows cannot:</source>
        <translation>
            <numerusform>%n flux peut être collé&#xa0;; certaines lignes ne le peuvent pas&#xa0;:</numerusform>
            <numerusform>%n flux peuvent être collés&#xa0;; certaines lignes ne le peuvent pas&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="103"/>
        <source>Paste %n Flow(s)</source>
        <translation>
            <numerusform>Coller %n flux</numerusform>
            <numerusform>Coller %n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="108"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="116"/>
        <source>Paste %n flow(s)</source>
        <translation>
            <numerusform>Coller %n flux</numerusform>
            <numerusform>Coller %n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="121"/>
        <source>Pasted %n flow(s).</source>
        <translation>
            <numerusform>%n flux collé.</numerusform>
            <numerusform>%n flux collés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="123"/>
        <source>%n new component(s).</source>
        <translation>
            <numerusform>%n nouveau composant.</numerusform>
            <numerusform>%n nouveaux composants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="126"/>
        <source>%n flow(s) were already in the project.</source>
        <translation>
            <numerusform>%n flux était déjà dans le projet.</numerusform>
            <numerusform>%n flux étaient déjà dans le projet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverActions</name>
    <message>
        <location filename="../app/handoveractions.cpp" line="50"/>
        <source>Export &amp;Handover Pack…</source>
        <translation>Exporter le &amp;dossier de remise…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="51"/>
        <source>&amp;Print Handover Pack…</source>
        <translation>Im&amp;primer le dossier de remise…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="54"/>
        <source>Write the current environment&apos;s handover pack as a PDF</source>
        <translation>Écrire le dossier de remise de l’environnement actuel en PDF</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="57"/>
        <source>Preview and print the current environment&apos;s handover pack</source>
        <translation>Prévisualiser et imprimer le dossier de remise de l’environnement actuel</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="135"/>
        <source>The layout engine failed (%1); the pack&apos;s diagram uses a plain arrangement.</source>
        <translation>Le moteur de disposition a échoué (%1)&#xa0;; le diagramme du dossier utilise une disposition simple.</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="139"/>
        <source>Handover Pack</source>
        <translation>Dossier de remise</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="153"/>
        <source>printed as the handover pack of %1</source>
        <translation>imprimée comme dossier de remise de %1</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="156"/>
        <source>The baseline could not be recorded: %1</source>
        <translation>La référence n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="186"/>
        <source>Wrote the handover pack of %1 to %2.</source>
        <translation>Dossier de remise de %1 écrit dans %2.</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="189"/>
        <source>Recorded baseline “%1”.</source>
        <translation>Référence «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/handoveractions.cpp" line="192"/>
        <source>%n rule(s) have an endpoint without an address (shaded in the pack).</source>
        <translation>
            <numerusform>%n règle a une extrémité sans adresse (grisée dans le dossier).</numerusform>
            <numerusform>%n règles ont une extrémité sans adresse (grisées dans le dossier).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/handoveractions.cpp" line="195"/>
        <source>%n rule(s) of the pack have an endpoint without an address in %1; they are shaded in the pack. Give those components addresses in the Address Plan before the pack is handed over.</source>
        <translation>
            <numerusform>%n règle du dossier a une extrémité sans adresse dans %1&#xa0;; elle est grisée dans le dossier. Donnez des adresses aux composants concernés dans le Plan d’adressage avant de remettre le dossier.</numerusform>
            <numerusform>%n règles du dossier ont une extrémité sans adresse dans %1&#xa0;; elles sont grisées dans le dossier. Donnez des adresses aux composants concernés dans le Plan d’adressage avant de remettre le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="216"/>
        <source>Printing failed: %1</source>
        <translation>Échec de l’impression&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="244"/>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="194"/>
        <location filename="../app/handoveractions.cpp" line="248"/>
        <location filename="../app/handoveractions.cpp" line="255"/>
        <location filename="../app/handoveractions.cpp" line="261"/>
        <source>Export Handover Pack</source>
        <translation>Exporter le dossier de remise</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="249"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="256"/>
        <source>Portolan writes the handover pack as a PDF (.pdf), not “%1”.</source>
        <translation>Portolan écrit le dossier de remise en PDF (.pdf), pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="262"/>
        <source>%1 could not be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="269"/>
        <source>Print Preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="278"/>
        <source>%1 · %2 · handover pack</source>
        <translation>%1 · %2 · dossier de remise</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="280"/>
        <source>Handover Pack · %1</source>
        <translation>Dossier de remise · %1</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverDialog</name>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="39"/>
        <source>Record as &amp;baseline</source>
        <translation>Enregistrer comme &amp;référence</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="44"/>
        <source>Handover Pack · %1</source>
        <translation>Dossier de remise · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="48"/>
        <source>Automatic (landscape for a wide diagram)</source>
        <translation>Automatique (paysage pour un diagramme large)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="50"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="51"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="52"/>
        <source>One rule per flow</source>
        <translation>Une règle par flux</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="53"/>
        <source>One rule per source, destination and protocol (ports united)</source>
        <translation>Une règle par source, destination et protocole (ports réunis)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="55"/>
        <source>the content fingerprint</source>
        <translation>l’empreinte du contenu</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="56"/>
        <source>Printed in the title block and at the head of every page. Left empty, the content fingerprint identifies the pack.</source>
        <translation>Imprimée dans le cartouche et en tête de chaque page. Si ce champ est vide, l’empreinte du contenu identifie le dossier.</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="58"/>
        <source>left blank to fill in by hand</source>
        <translation>laisser vide pour remplir à la main</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="59"/>
        <source>The default is the author set in Edit → Preferences.</source>
        <translation>La valeur par défaut est l’auteur défini dans Édition → Préférences.</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="62"/>
        <source>Freeze the project as a baseline of this name before the pack is written (one step Edit → Undo takes back); the title block names it.</source>
        <translation>Figer le projet comme référence de ce nom avant d’écrire le dossier (une étape qu’Édition → Annuler reprend)&#xa0;; le cartouche la nomme.</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="66"/>
        <source>the baseline&apos;s name (the revision by default)</source>
        <translation>nom de la référence (la révision par défaut)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="75"/>
        <source>The pack of %1: title block, the diagram with the addresses, the firewall rules, the address plan, the lint findings and a sign-off block.</source>
        <translation>Le dossier de %1&#xa0;: cartouche, le diagramme avec les adresses, les règles de pare-feu, le plan d’adressage, les constats de l’analyse et un bloc de validation.</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="82"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="83"/>
        <source>&amp;Diagram page:</source>
        <translation>Page du &amp;diagramme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="84"/>
        <source>&amp;Rules:</source>
        <translation>&amp;Règles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="85"/>
        <source>Re&amp;vision:</source>
        <translation>Ré&amp;vision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="86"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverPrint</name>
    <message>
        <location filename="../views/handover/handoverexport.cpp" line="54"/>
        <source>zone overview</source>
        <translation>vue d’ensemble des zones</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverexport.cpp" line="62"/>
        <source>view “%1”</source>
        <translation>vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="94"/>
        <location filename="../views/handover/handoverprint.cpp" line="34"/>
        <location filename="../views/handover/handoverprint.cpp" line="136"/>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="36"/>
        <source>Network handover pack · %1</source>
        <translation>Dossier de remise réseau · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="29"/>
        <source>Rules to add</source>
        <translation>Règles à ajouter</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="30"/>
        <source>Rules to modify</source>
        <translation>Règles à modifier</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="31"/>
        <source>Rules to remove</source>
        <translation>Règles à supprimer</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="50"/>
        <source>The firewall rules to add, modify and remove in %1. A modified rule keeps its id; what changes in it is shown as before → after.</source>
        <translation>Les règles de pare-feu à ajouter, modifier et supprimer dans %1. Une règle modifiée garde son identifiant&#xa0;; ce qui change est montré sous la forme avant → après.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="53"/>
        <source>the design</source>
        <translation>la conception</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="55"/>
        <source>No firewall rule changes.</source>
        <translation>Aucune modification de règle de pare-feu.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="99"/>
        <source>none: rules without addresses</source>
        <translation>aucun&#xa0;: règles sans adresses</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="109"/>
        <location filename="../views/handover/changerequestprint.cpp" line="166"/>
        <source>Change request · %1</source>
        <translation>Demande de changement · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="112"/>
        <location filename="../views/handover/handoverprint.cpp" line="40"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="113"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="114"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="115"/>
        <location filename="../views/handover/handoverprint.cpp" line="41"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="116"/>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="118"/>
        <source>one rule per source, destination and protocol</source>
        <translation>une règle par source, destination et protocole</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="119"/>
        <source>one rule per flow</source>
        <translation>une règle par flux</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="122"/>
        <source>Change number</source>
        <translation>Numéro de changement</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="126"/>
        <source>There is no difference between %1 and %2.</source>
        <translation>Il n’y a aucune différence entre %1 et %2.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="149"/>
        <source>Addresses and zone prefixes bound, changed or released.</source>
        <translation>Adresses et préfixes de zone attribués, modifiés ou libérés.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="150"/>
        <source>No address changes.</source>
        <translation>Aucune modification d’adresse.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="153"/>
        <source>What changed in the design behind the rules: components, flows, zones and products, matched by identity (a rename is one change).</source>
        <translation>Ce qui a changé dans la conception derrière les règles&#xa0;: composants, flux, zones et produits, appariés par identité (un renommage est une seule modification).</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="155"/>
        <source>No design changes.</source>
        <translation>Aucune modification de conception.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="158"/>
        <source>Signed, this request asks for the changes above in %1, from %2 to %3.</source>
        <translation>Par sa signature, cette demande sollicite les modifications ci-dessus dans %1, de %2 à %3.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="160"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="160"/>
        <source>Reviewed by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="161"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="161"/>
        <source>Implemented by</source>
        <translation>Mis en œuvre par</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="42"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="43"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="120"/>
        <location filename="../views/handover/handoverprint.cpp" line="44"/>
        <location filename="../views/handover/packblocks.cpp" line="66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="121"/>
        <location filename="../views/handover/handoverprint.cpp" line="45"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="46"/>
        <source>Content fingerprint</source>
        <translation>Empreinte du contenu</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="124"/>
        <location filename="../views/handover/handoverprint.cpp" line="48"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="52"/>
        <source>Port diagram</source>
        <translation>Diagramme des ports</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="57"/>
        <location filename="../views/handover/packblocks.cpp" line="61"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="58"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="82"/>
        <source>Signed, this pack hands revision %1 of %2 over to operations.</source>
        <translation>Par sa signature, ce dossier remet la révision %1 de %2 à l’exploitation.</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="65"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="65"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="66"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="140"/>
        <source>Handover pack · revision %1</source>
        <translation>Dossier de remise · révision %1</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="167"/>
        <location filename="../views/handover/handoverprint.cpp" line="141"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="144"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="158"/>
        <source>the printer does not take the page layout</source>
        <translation>l’imprimante n’accepte pas la mise en page</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="163"/>
        <source>cannot start painting on the printer or file</source>
        <translation>impossible de commencer à dessiner sur l’imprimante ou dans le fichier</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="171"/>
        <source>cannot start page %1</source>
        <translation>impossible de commencer la page %1</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="180"/>
        <source>cannot finish the document</source>
        <translation>impossible de terminer le document</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="45"/>
        <source>Port diagram · %1</source>
        <translation>Diagramme des ports · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="46"/>
        <source>Port diagram · %1 · %2</source>
        <translation>Diagramme des ports · %1 · %2</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="70"/>
        <source>The project has no components to draw.</source>
        <translation>Le projet n’a aucun composant à dessiner.</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="76"/>
        <source>Addresses in %1 are printed under the component names.</source>
        <translation>Les adresses dans %1 sont imprimées sous les noms des composants.</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="84"/>
        <source>The diagram is printed at %1 % in parts %2 to %3, one page each, so that every label prints at 6 pt or more; neighbouring parts overlap. This map shows where each part lies. Addresses in %4 are printed under the component names.</source>
        <translation>Le diagramme est imprimé à %1&#xa0;% en parties %2 à %3, une page chacune, afin que chaque étiquette s’imprime à 6 pt ou plus&#xa0;; les parties voisines se chevauchent. Cette carte montre où se trouve chaque partie. Les adresses dans %4 sont imprimées sous les noms des composants.</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="108"/>
        <source>%1 · part %2</source>
        <translation>%1 · partie %2</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="109"/>
        <source>Part %1 of %2, row %3, column %4 of the map.</source>
        <translation>Partie %1 sur %2, ligne %3, colonne %4 de la carte.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="34"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="34"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="35"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="35"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="37"/>
        <source>changes %1 → %2</source>
        <translation>modifications %1 → %2</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverText</name>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="23"/>
        <location filename="../model/handover/rulesheet.cpp" line="13"/>
        <source>(no address in %1)</source>
        <translation>(aucune adresse dans %1)</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="25"/>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="32"/>
        <source>Firewall rules</source>
        <translation>Règles de pare-feu</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="34"/>
        <source>%1 rule(s); every source and destination has an address in %2.</source>
        <translation>%1 règle(s)&#xa0;; chaque source et chaque destination a une adresse dans %2.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="37"/>
        <source>%1 rule(s); %2 have an endpoint without an address in %3 (shaded).</source>
        <translation>%1 règle(s)&#xa0;; %2 ont une extrémité sans adresse dans %3 (grisées).</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="41"/>
        <source>The project has no flows, so there are no rules.</source>
        <translation>Le projet n’a aucun flux, il n’y a donc aucune règle.</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="23"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="24"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="25"/>
        <location filename="../model/diff/changesheets.cpp" line="48"/>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="26"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="27"/>
        <source>parent zone</source>
        <translation>zone parente</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="28"/>
        <location filename="../model/diff/changesheets.cpp" line="47"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="29"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="30"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="31"/>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="32"/>
        <location filename="../model/diff/changesheets.cpp" line="229"/>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="33"/>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="35"/>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="36"/>
        <source>prefixes</source>
        <translation>préfixes</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="37"/>
        <source>source addresses</source>
        <translation>adresses source</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="39"/>
        <source>destination addresses</source>
        <translation>adresses de destination</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="49"/>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="50"/>
        <source>flow</source>
        <translation>flux</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="51"/>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="52"/>
        <source>prefix</source>
        <translation>préfixe</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="53"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="74"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="75"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="76"/>
        <location filename="../model/diff/changesheets.cpp" line="83"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="81"/>
        <source>bound</source>
        <translation>attribuée</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="82"/>
        <source>released</source>
        <translation>libérée</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="97"/>
        <source>(no address)</source>
        <translation>(aucune adresse)</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="133"/>
        <source>widened by %1</source>
        <translation>élargi de %1</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="138"/>
        <source>narrowed by %1</source>
        <translation>restreint de %1</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="182"/>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="183"/>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="184"/>
        <source>modify</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="217"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="218"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="219"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="222"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="223"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="224"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="225"/>
        <location filename="../model/diff/changesheets.cpp" line="279"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="230"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="231"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="233"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="200"/>
        <source>Rules to add</source>
        <translation>Règles à ajouter</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="202"/>
        <source>Rules to remove</source>
        <translation>Règles à supprimer</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="204"/>
        <source>Rules to modify</source>
        <translation>Règles à modifier</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="206"/>
        <location filename="../model/diff/changesheets.cpp" line="278"/>
        <source>Address changes</source>
        <translation>Modifications d’adresses</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="208"/>
        <location filename="../model/diff/changesheets.cpp" line="300"/>
        <source>Design changes</source>
        <translation>Modifications de conception</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="243"/>
        <source>Rule changes</source>
        <translation>Modifications de règles</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="244"/>
        <location filename="../model/diff/changesheets.cpp" line="282"/>
        <location filename="../model/diff/changesheets.cpp" line="301"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="245"/>
        <location filename="../model/handover/handoverpack.cpp" line="42"/>
        <location filename="../model/handover/rulesheet.cpp" line="46"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="246"/>
        <location filename="../model/handover/handoverpack.cpp" line="43"/>
        <location filename="../model/handover/rulesheet.cpp" line="48"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="248"/>
        <location filename="../model/handover/handoverpack.cpp" line="44"/>
        <location filename="../model/handover/rulesheet.cpp" line="51"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="254"/>
        <source>Change number</source>
        <translation>Numéro de changement</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="255"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="256"/>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="257"/>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="280"/>
        <location filename="../model/diff/changesheets.cpp" line="302"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="283"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="284"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="304"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="45"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="252"/>
        <location filename="../model/handover/handoverpack.cpp" line="46"/>
        <location filename="../model/handover/rulesheet.cpp" line="56"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="34"/>
        <location filename="../model/handover/handoverpack.cpp" line="50"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="53"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="57"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="60"/>
        <source>No product</source>
        <translation>Aucun produit</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="69"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="19"/>
        <source>Address plan</source>
        <translation>Plan d’adressage</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="71"/>
        <source>No component has an address in %1 yet.</source>
        <translation>Aucun composant n’a encore d’adresse dans %1.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="72"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="20"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="73"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="21"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="74"/>
        <location filename="../model/handover/handoverpack.cpp" line="111"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="21"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="75"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="95"/>
        <source>%1 of %2 component(s) have addresses in %3.</source>
        <translation>%1 composant(s) sur %2 ont des adresses dans %3.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="100"/>
        <source>Without one: %1.</source>
        <translation>Sans adresse&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="109"/>
        <location filename="../model/handover/handoverpack.cpp" line="216"/>
        <source>Zone prefixes</source>
        <translation>Préfixes de zone</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="110"/>
        <source>No zone has a prefix in %1.</source>
        <translation>Aucune zone n’a de préfixe dans %1.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="112"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="113"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="114"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="281"/>
        <location filename="../model/diff/changesheets.cpp" line="303"/>
        <location filename="../model/handover/handoverpack.cpp" line="115"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="130"/>
        <location filename="../model/handover/handoverpack.cpp" line="217"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="31"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="132"/>
        <source>What portolan lint reports for the design and the addresses of %1.</source>
        <translation>Ce que portolan lint signale pour la conception et les adresses de %1.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="134"/>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="135"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="32"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="135"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="32"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="165"/>
        <source>%1 error(s), %2 warning(s), %3 info</source>
        <translation>%1 erreur(s), %2 avertissement(s), %3 info</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="195"/>
        <source>%1, frozen %2</source>
        <translation>%1, figée le %2</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="198"/>
        <source>none: the working design</source>
        <translation>aucune&#xa0;: la conception en cours</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="201"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="202"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="203"/>
        <location filename="../model/handover/rulesheet.cpp" line="45"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="204"/>
        <source>%1, all resolved</source>
        <translation>%1, toutes résolues</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="205"/>
        <source>%1, %2 with an endpoint without an address</source>
        <translation>%1, dont %2 avec une extrémité sans adresse</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="227"/>
        <location filename="../model/handover/handoverpack.cpp" line="208"/>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="210"/>
        <source>none: one rule per flow</source>
        <translation>aucune&#xa0;: une règle par flux</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="211"/>
        <source>ports: one rule per source, destination and protocol</source>
        <translation>ports&#xa0;: une règle par source, destination et protocole</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="212"/>
        <source>Addressed components</source>
        <translation>Composants adressés</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="213"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="220"/>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="220"/>
        <source>Reviewed by (network)</source>
        <translation>Vérifié par (réseau)</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="221"/>
        <source>Accepted by (operations)</source>
        <translation>Accepté par (exploitation)</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="90"/>
        <location filename="../model/handover/rulesheet.cpp" line="20"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="29"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="32"/>
        <source>unresolved source and destination</source>
        <translation>source et destination non résolues</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="33"/>
        <source>unresolved destination</source>
        <translation>destination non résolue</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="34"/>
        <source>unresolved source</source>
        <translation>source non résolue</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="253"/>
        <location filename="../model/handover/rulesheet.cpp" line="47"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="49"/>
        <source>Source zone</source>
        <translation>Zone source</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="247"/>
        <location filename="../model/handover/rulesheet.cpp" line="50"/>
        <source>Source addresses</source>
        <translation>Adresses source</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="52"/>
        <source>Destination zone</source>
        <translation>Zone de destination</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="249"/>
        <location filename="../model/handover/rulesheet.cpp" line="53"/>
        <source>Destination addresses</source>
        <translation>Adresses de destination</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="250"/>
        <location filename="../model/handover/rulesheet.cpp" line="54"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="251"/>
        <location filename="../model/handover/rulesheet.cpp" line="55"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="57"/>
        <source>Optional</source>
        <translation>Optionnel</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="58"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="59"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="67"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesworkbook.cpp" line="20"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Portolan::HelpActions</name>
    <message>
        <location filename="../app/helpactions.cpp" line="24"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="27"/>
        <source>How to draw, plan addresses, export rules and hand over, illustrated</source>
        <translation>Guide illustré&#xa0;: dessiner, planifier les adresses, exporter les règles et remettre le dossier</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="30"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="32"/>
        <source>Every shortcut and mouse gesture, by menu</source>
        <translation>Tous les raccourcis et gestes de la souris, par menu</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="34"/>
        <source>&amp;About Portolan</source>
        <translation>À &amp;propos de Portolan</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="37"/>
        <source>Portolan&apos;s version, and the libraries it is built on</source>
        <translation>La version de Portolan et les bibliothèques sur lesquelles il repose</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="39"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="41"/>
        <source>The version and licence of the Qt toolkit</source>
        <translation>La version et la licence de la boîte à outils Qt</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="80"/>
        <source>LGPL 3.0</source>
        <translation>LGPL 3.0</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="81"/>
        <source>Eclipse Public License 1.0</source>
        <translation>Eclipse Public License 1.0</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="82"/>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="83"/>
        <source>BSD 2-Clause</source>
        <translation>BSD 2-Clause</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="89"/>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Port diagrams, address plans and firewall rules from one model of a platform&apos;s components and flows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Diagrammes de ports, plans d’adressage et règles de pare-feu à partir d’un seul modèle des composants et des flux d’une plateforme.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="92"/>
        <source>&lt;p&gt;Built on:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Repose sur&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="97"/>
        <source>About Portolan</source>
        <translation>À propos de Portolan</translation>
    </message>
</context>
<context>
    <name>Portolan::HintPage</name>
    <message>
        <location filename="../views/inspector/hintpage.cpp" line="14"/>
        <source>Select a component or a flow to see and edit it here.</source>
        <translation>Sélectionnez un composant ou un flux pour le voir et le modifier ici.</translation>
    </message>
</context>
<context>
    <name>Portolan::ImportPreviewDialog</name>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="50"/>
        <source>Import Flows</source>
        <translation>Importer des flux</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="77"/>
        <source>Flows from %1</source>
        <translation>Flux de %1</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="89"/>
        <source>The file&apos;s name: %1</source>
        <translation>Le nom du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="90"/>
        <source>Each file&apos;s name</source>
        <translation>Le nom de chaque fichier</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="92"/>
        <source>The product of rows whose table has no product column or an empty product cell.</source>
        <translation>Le produit des lignes dont le tableau n’a pas de colonne produit ou une cellule produit vide.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="94"/>
        <source>&amp;Default product:</source>
        <translation>Produit par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="111"/>
        <source>Products and components in bold are new: the import creates them. A warning sign marks a line the importer warns about.</source>
        <translation>Les produits et composants en gras sont nouveaux&#xa0;: l’importation les crée. Un signe d’avertissement marque une ligne qui fait l’objet d’un avertissement.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="114"/>
        <source>Warnings and errors:</source>
        <translation>Avertissements et erreurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="116"/>
        <source>Click a warning to select the flows made from its line.</source>
        <translation>Cliquez sur un avertissement pour sélectionner les flux issus de sa ligne.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="122"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="223"/>
        <source>Nothing can be imported.</source>
        <translation>Rien ne peut être importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="227"/>
        <source>%n flow to add</source>
        <translation>
            <numerusform>%n flux à ajouter</numerusform>
            <numerusform>%n flux à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="228"/>
        <source>%n flows to add</source>
        <translation>
            <numerusform>%n flux à ajouter</numerusform>
            <numerusform>%n flux à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="230"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n déjà dans le projet</numerusform>
            <numerusform>%n déjà dans le projet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="234"/>
        <source>%n new component</source>
        <translation>
            <numerusform>%n nouveau composant</numerusform>
            <numerusform>%n nouveaux composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="235"/>
        <source>%n new components</source>
        <translation>
            <numerusform>%n nouveau composant</numerusform>
            <numerusform>%n nouveaux composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="239"/>
        <source>%n new product</source>
        <translation>
            <numerusform>%n nouveau produit</numerusform>
            <numerusform>%n nouveaux produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="240"/>
        <source>%n new products</source>
        <translation>
            <numerusform>%n nouveau produit</numerusform>
            <numerusform>%n nouveaux produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="247"/>
        <source>%n warning to read below</source>
        <translation>
            <numerusform>%n avertissement à lire ci-dessous</numerusform>
            <numerusform>%n avertissements à lire ci-dessous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="248"/>
        <source>%n warnings to read below</source>
        <translation>
            <numerusform>%n avertissement à lire ci-dessous</numerusform>
            <numerusform>%n avertissements à lire ci-dessous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="255"/>
        <source>The project was closed.</source>
        <translation>Le projet a été fermé.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="257"/>
        <source>Nothing can be imported while %1 cannot be read: see the errors above.</source>
        <translation>Rien ne peut être importé tant que %1 ne peut pas être lu&#xa0;: voir les erreurs ci-dessus.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="261"/>
        <source>The files cannot be imported: %1.</source>
        <translation>Les fichiers ne peuvent pas être importés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="264"/>
        <source>Nothing to import: every flow in the files is already in the project.</source>
        <translation>Rien à importer&#xa0;: chaque flux des fichiers est déjà dans le projet.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="265"/>
        <source>Nothing to import: the files hold no flows.</source>
        <translation>Rien à importer&#xa0;: les fichiers ne contiennent aucun flux.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="276"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="277"/>
        <source>Import %1 and %n other file(s)</source>
        <translation>
            <numerusform>Importer %1 et %n autre fichier</numerusform>
            <numerusform>Importer %1 et %n autres fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ImportPreviewModel</name>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="77"/>
        <source>New product “%1”: the import creates it.</source>
        <translation>Nouveau produit «&#xa0;%1&#xa0;»&#xa0;: l’importation le crée.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="78"/>
        <source>New component “%1”: the import creates it.</source>
        <translation>Nouveau composant «&#xa0;%1&#xa0;»&#xa0;: l’importation le crée.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="82"/>
        <source>Optional: the table marks it “(optional)”.</source>
        <translation>Facultatif&#xa0;: le tableau le marque «&#xa0;(optional)&#xa0;».</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="86"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="142"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>Portolan::JsonExporter</name>
    <message>
        <location filename="../views/export/jsonexporter.cpp" line="44"/>
        <source>Geometry as JSON</source>
        <translation>Géométrie en JSON</translation>
    </message>
</context>
<context>
    <name>Portolan::LintPanel</name>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="56"/>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="58"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="58"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="71"/>
        <source>Click a finding to select what it is about</source>
        <translation>Cliquez sur un constat pour sélectionner ce qu’il concerne</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="166"/>
        <source>The catalogue of well-known services could not be read: %1</source>
        <translation>Le catalogue des services connus n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="168"/>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="171"/>
        <source>%1 · %2 · %3 — %4</source>
        <translation>%1 · %2 · %3 — %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="172"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="173"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="174"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="175"/>
        <source>design and the %1 address plan</source>
        <translation>conception et plan d’adressage %1</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="177"/>
        <source>design only (no environment)</source>
        <translation>conception seule (aucun environnement)</translation>
    </message>
</context>
<context>
    <name>Portolan::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="123"/>
        <source>Layout failed: %1</source>
        <translation>Échec de la disposition&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Showing the whole project</source>
        <translation>Affichage de tout le projet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Showing: %1</source>
        <translation>Affichage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>Language, theme, author, paper and diagram defaults</source>
        <translation>Langue, thème, auteur, papier et réglages par défaut des diagrammes</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="240"/>
        <source>Show or hide the %1 tool bar</source>
        <translation>Afficher ou masquer la barre d’outils «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246"/>
        <source>Show or hide the %1 panel</source>
        <translation>Afficher ou masquer le panneau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>E&amp;nvironment</source>
        <translation>E&amp;nvironnement</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>%1 · baseline “%2”</source>
        <translation>%1 · référence «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="350"/>
        <source>%L1 products · %L2 zones · %L3 components · %L4 flows</source>
        <translation>%L1 produits · %L2 zones · %L3 composants · %L4 flux</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="338"/>
        <source>%1 (read-only) — Portolan</source>
        <translation>%1 (lecture seule) — Portolan</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="339"/>
        <source>%1 — Portolan</source>
        <translation>%1 — Portolan</translation>
    </message>
</context>
<context>
    <name>Portolan::MultiPage</name>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="21"/>
        <source>Zone:</source>
        <translation>Zone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="23"/>
        <source>Move to Zone</source>
        <translation>Déplacer dans la zone</translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="27"/>
        <source>Double-click one to inspect it alone</source>
        <translation>Double-cliquez sur un élément pour l’inspecter seul</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="70"/>
        <source>%n component(s) selected</source>
        <translation>
            <numerusform>%n composant sélectionné</numerusform>
            <numerusform>%n composants sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="73"/>
        <source>%n flow(s) selected</source>
        <translation>
            <numerusform>%n flux sélectionné</numerusform>
            <numerusform>%n flux sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="76"/>
        <source>%n zone(s) selected</source>
        <translation>
            <numerusform>%n zone sélectionnée</numerusform>
            <numerusform>%n zones sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="79"/>
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>%n produit sélectionné</numerusform>
            <numerusform>%n produits sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="95"/>
        <source>(no zone)</source>
        <translation>(aucune zone)</translation>
    </message>
</context>
<context>
    <name>Portolan::PackLayout</name>
    <message>
        <location filename="../views/handover/packlayout.cpp" line="223"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
</context>
<context>
    <name>Portolan::PdfExporter</name>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="20"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="84"/>
        <source>Printed at %1 % in parts %2 to %3, one page each, so that labels print at 6 pt or more; neighbouring parts overlap.</source>
        <translation>Imprimé à %1&#xa0;% en parties %2 à %3, une page chacune, afin que les étiquettes s’impriment à 6 pt ou plus&#xa0;; les parties voisines se chevauchent.</translation>
    </message>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="106"/>
        <source>Part %1 (row %2, column %3) · %4</source>
        <translation>Partie %1 (ligne %2, colonne %3) · %4</translation>
    </message>
</context>
<context>
    <name>Portolan::PngExporter</name>
    <message>
        <location filename="../views/export/pngexporter.cpp" line="26"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
</context>
<context>
    <name>Portolan::PortsDelegate</name>
    <message>
        <location filename="../views/tables/portsdelegate.cpp" line="23"/>
        <source>e.g. 443 or 8080,8443 or 30000-32767</source>
        <translation>p. ex. 443 ou 8080,8443 ou 30000-32767</translation>
    </message>
    <message>
        <location filename="../views/tables/portsdelegate.cpp" line="24"/>
        <source>%1 flows have no ports</source>
        <translation>Les flux %1 n’ont pas de ports</translation>
    </message>
</context>
<context>
    <name>Portolan::PreferencesDialog</name>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="48"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="51"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="52"/>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="53"/>
        <source>Exports and Handover</source>
        <translation>Exports et remise</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="68"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="75"/>
        <source>Numbers and dates follow the language. A new language is used from the next start.</source>
        <translation>Les nombres et les dates suivent la langue. Une nouvelle langue s’applique à partir du prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="79"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="80"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="81"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="82"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="85"/>
        <source>&amp;Recent projects kept:</source>
        <translation>Nombre de projets &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="94"/>
        <source>&amp;Show addresses under component names</source>
        <translation>&amp;Afficher les adresses sous les noms des composants</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="96"/>
        <source>As View → Show Addresses: the addresses of the environment chosen in the tool bar.</source>
        <translation>Comme Affichage → Afficher les adresses&#xa0;: les adresses de l’environnement choisi dans la barre d’outils.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="100"/>
        <source>Orthogonal</source>
        <translation>Orthogonal</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="101"/>
        <source>Curved</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="102"/>
        <source>&amp;Edge style of new projects:</source>
        <translation>&amp;Style des arêtes des nouveaux projets&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="118"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="127"/>
        <source>Default &amp;paper:</source>
        <translation>&amp;Papier par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="128"/>
        <source>The sheet of diagram PDFs and handover packs until Export Diagram… or the pack&apos;s dialog remembers another.</source>
        <translation>La feuille des PDF de diagrammes et des dossiers de remise, jusqu’à ce que Exporter le diagramme… ou la boîte de dialogue du dossier en retienne une autre.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="120"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="104"/>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="105"/>
        <source>Top to bottom</source>
        <translation>De haut en bas</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="106"/>
        <source>&amp;Layout direction of new projects:</source>
        <translation>&amp;Direction des nouveaux projets :</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="107"/>
        <source>A project keeps its own edge style and direction: View → Edge Style and View → Layout Direction change them.</source>
        <translation>Un projet garde son propre style d’arêtes et sa direction : Affichage → Style des arêtes et Affichage → Direction de la disposition les changent.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="121"/>
        <source>Printed in the title block and the sign-off of every handover pack, from the window and from portolan handover.</source>
        <translation>Imprimé dans le cartouche et le bloc de validation de chaque dossier de remise, depuis la fenêtre et depuis portolan handover.</translation>
    </message>
    <message>
        <location filename="../app/preferences.cpp" line="171"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/preferences.cpp" line="172"/>
        <source>Portolan will speak the chosen language the next time it starts.</source>
        <translation>Portolan utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductList</name>
    <message>
        <location filename="../views/zones/productlist.cpp" line="27"/>
        <source>Add Product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="28"/>
        <location filename="../views/zones/productlist.cpp" line="125"/>
        <source>Delete Product</source>
        <translation>Supprimer le produit</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="29"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="46"/>
        <source>Delete the selected product; its flows stay, without a product</source>
        <translation>Supprimer le produit sélectionné&#xa0;; ses flux restent, sans produit</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="50"/>
        <source>Choose the colour of the selected product&apos;s flows</source>
        <translation>Choisir la couleur des flux du produit sélectionné</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="103"/>
        <source>New product %1</source>
        <translation>Nouveau produit %1</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="126"/>
        <source>Delete the product “%1”?</source>
        <translation>Supprimer le produit «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/zones/productlist.cpp" line="131"/>
        <source>%n flow(s) belong to it. They stay in the project, without a product.</source>
        <translation>
            <numerusform>%n flux lui appartient. Il reste dans le projet, sans produit.</numerusform>
            <numerusform>%n flux lui appartiennent. Ils restent dans le projet, sans produit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="152"/>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductModel</name>
    <message>
        <location filename="../views/zones/productmodel.cpp" line="18"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../views/zones/productmodel.cpp" line="18"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductPage</name>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="27"/>
        <source>Choose the colour of this product&apos;s flows</source>
        <translation>Choisir la couleur des flux de ce produit</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="29"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="31"/>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="32"/>
        <source>Flows:</source>
        <translation>Flux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="64"/>
        <source>Product “%1”</source>
        <translation>Produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="69"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automatique)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/productpage.cpp" line="71"/>
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="91"/>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Portolan::ProjectDocument</name>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="47"/>
        <source>Change prefix %1 of “%2”</source>
        <translation>Modifier le préfixe %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="48"/>
        <source>Add prefix %1 to “%2”</source>
        <translation>Ajouter le préfixe %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="60"/>
        <source>Delete prefix %1 of “%2”</source>
        <translation>Supprimer le préfixe %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="63"/>
        <source>Delete %n zone prefix(es)</source>
        <translation>
            <numerusform>Supprimer %n préfixe de zone</numerusform>
            <numerusform>Supprimer %n préfixes de zone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="89"/>
        <source>Clear the addresses of %n component(s)</source>
        <translation>
            <numerusform>Effacer les adresses de %n composant</numerusform>
            <numerusform>Effacer les adresses de %n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="110"/>
        <source>Allocate addresses to %n component(s)</source>
        <translation>
            <numerusform>Attribuer des adresses à %n composant</numerusform>
            <numerusform>Attribuer des adresses à %n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="123"/>
        <source>Import an address plan (%n address(es))</source>
        <translation>
            <numerusform>Importer un plan d’adressage (%n adresse)</numerusform>
            <numerusform>Importer un plan d’adressage (%n adresses)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="74"/>
        <source>Set the addresses of “%1”</source>
        <translation>Définir les adresses de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="87"/>
        <source>Clear the addresses of “%1”</source>
        <translation>Effacer les adresses de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="107"/>
        <source>Allocate %1 to “%2”</source>
        <translation>Attribuer %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="20"/>
        <source>Add component “%1”</source>
        <translation>Ajouter le composant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="29"/>
        <location filename="../model/document/documentcomponents.cpp" line="40"/>
        <location filename="../model/document/documentcomponents.cpp" line="52"/>
        <location filename="../model/document/documentcomponents.cpp" line="67"/>
        <location filename="../model/document/documentcomponents.cpp" line="87"/>
        <location filename="../model/document/documentcomponents.cpp" line="106"/>
        <location filename="../model/document/documentcomponents.cpp" line="162"/>
        <source>There is no component %1.</source>
        <translation>Il n’y a pas de composant %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="32"/>
        <source>Rename component to “%1”</source>
        <translation>Renommer le composant en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="44"/>
        <source>Make “%1” a %2</source>
        <translation>Changer le type de «&#xa0;%1&#xa0;» en %2</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="55"/>
        <source>Edit notes of “%1”</source>
        <translation>Modifier les notes de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="62"/>
        <location filename="../model/document/documentdrawing.cpp" line="103"/>
        <location filename="../model/document/documentedits.cpp" line="187"/>
        <location filename="../model/document/documentedits.cpp" line="198"/>
        <location filename="../model/document/documentedits.cpp" line="211"/>
        <location filename="../model/document/documentedits.cpp" line="222"/>
        <source>There is no zone %1.</source>
        <translation>Il n’y a pas de zone %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="75"/>
        <source>Move %n component(s) to zone “%1”</source>
        <translation>
            <numerusform>Déplacer %n composant dans la zone «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Déplacer %n composants dans la zone «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="77"/>
        <source>Take %n component(s) out of their zone</source>
        <translation>
            <numerusform>Retirer %n composant de sa zone</numerusform>
            <numerusform>Retirer %n composants de leur zone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="95"/>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="96"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>Déplacer %n composant</numerusform>
            <numerusform>Déplacer %n composants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="113"/>
        <source>Unpin %n component(s)</source>
        <translation>
            <numerusform>Détacher %n composant</numerusform>
            <numerusform>Détacher %n composants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="131"/>
        <source>Flows can only move to a component that stays.</source>
        <translation>Les flux ne peuvent être déplacés que vers un composant qui reste.</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="181"/>
        <source>Delete component “%1”</source>
        <translation>Supprimer le composant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="183"/>
        <source>Delete %n component(s)</source>
        <translation>
            <numerusform>Supprimer %n composant</numerusform>
            <numerusform>Supprimer %n composants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="185"/>
        <source>%1, its flows to “%2”</source>
        <translation>%1, ses flux vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="200"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="201"/>
        <source>Merge %n component(s) into “%1”</source>
        <translation>
            <numerusform>Fusionner %n composant dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Fusionner %n composants dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="30"/>
        <location filename="../model/document/documentdrawing.cpp" line="70"/>
        <location filename="../model/document/documentdrawing.cpp" line="109"/>
        <location filename="../model/document/documentviews.cpp" line="38"/>
        <location filename="../model/document/documentviews.cpp" line="47"/>
        <location filename="../model/document/documentviews.cpp" line="56"/>
        <location filename="../model/document/documentviews.cpp" line="74"/>
        <location filename="../model/document/documentviews.cpp" line="84"/>
        <location filename="../model/document/documentviews.cpp" line="112"/>
        <location filename="../model/document/documentviews.cpp" line="125"/>
        <source>There is no view %1.</source>
        <translation>Il n’y a pas de vue %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="36"/>
        <source>Reset layout of “%1”</source>
        <translation>Réinitialiser la disposition de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="43"/>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="81"/>
        <source>The view does not show component %1.</source>
        <translation>La vue n’affiche pas le composant %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="94"/>
        <source>Move “%1” in “%2”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentdrawing.cpp" line="95"/>
        <source>Move %n component(s) in “%1”</source>
        <translation>
            <numerusform>Déplacer %n composant dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Déplacer %n composants dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="104"/>
        <source>Collapse zone “%1”</source>
        <translation>Replier la zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="105"/>
        <source>Expand zone “%1”</source>
        <translation>Déplier la zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="143"/>
        <source>Draw edges curved</source>
        <translation>Dessiner les arêtes en courbes</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="143"/>
        <source>Draw edges at right angles</source>
        <translation>Dessiner les arêtes à angle droit</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="144"/>
        <source>Group flows by zone</source>
        <translation>Grouper les flux par zone</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="144"/>
        <source>Draw every flow&apos;s own edge</source>
        <translation>Dessiner une arête propre à chaque flux</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="159"/>
        <source>Lay out top to bottom</source>
        <translation>Disposer de haut en bas</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="159"/>
        <source>Lay out left to right</source>
        <translation>Disposer de gauche à droite</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="48"/>
        <source>Change the product of flow %1</source>
        <translation>Modifier le produit du flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="51"/>
        <source>Change the source of flow %1</source>
        <translation>Modifier la source du flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="54"/>
        <source>Change the destination of flow %1</source>
        <translation>Modifier la destination du flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="57"/>
        <source>Change the protocol of flow %1</source>
        <translation>Modifier le protocole du flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="60"/>
        <source>Change the ports of flow %1</source>
        <translation>Modifier les ports du flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="63"/>
        <source>Change the purpose of flow %1</source>
        <translation>Modifier l’objet du flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="66"/>
        <source>Change whether flow %1 is optional</source>
        <translation>Modifier le caractère optionnel du flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="69"/>
        <source>Edit the notes of flow %1</source>
        <translation>Modifier les notes du flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="72"/>
        <location filename="../model/document/documentedits.cpp" line="107"/>
        <source>Edit flow %1</source>
        <translation>Modifier le flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="89"/>
        <source>Add flow %1</source>
        <translation>Ajouter le flux %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="98"/>
        <location filename="../model/document/documentedits.cpp" line="117"/>
        <source>There is no flow %1.</source>
        <translation>Il n’y a pas de flux %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="121"/>
        <source>Delete flow %1</source>
        <translation>Supprimer le flux %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentedits.cpp" line="122"/>
        <source>Delete %n flow(s)</source>
        <translation>
            <numerusform>Supprimer %n flux</numerusform>
            <numerusform>Supprimer %n flux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="151"/>
        <source>%1 cannot be imported.</source>
        <translation>Impossible d’importer %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="154"/>
        <source>%1 changes nothing in the project.</source>
        <translation>%1 ne modifie rien dans le projet.</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="164"/>
        <source>Import components from %1</source>
        <translation>Importer des composants depuis %1</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="178"/>
        <source>Add zone “%1”</source>
        <translation>Ajouter la zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="190"/>
        <source>Rename zone to “%1”</source>
        <translation>Renommer la zone en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="202"/>
        <source>Move zone “%1” into “%2”</source>
        <translation>Déplacer la zone «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="203"/>
        <source>Move zone “%1” to the top level</source>
        <translation>Déplacer la zone «&#xa0;%1&#xa0;» au niveau supérieur</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="214"/>
        <source>Edit notes of zone “%1”</source>
        <translation>Modifier les notes de la zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="241"/>
        <source>Delete zone “%1”</source>
        <translation>Supprimer la zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="252"/>
        <source>Add product “%1”</source>
        <translation>Ajouter le produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="261"/>
        <location filename="../model/document/documentedits.cpp" line="272"/>
        <location filename="../model/document/documentedits.cpp" line="283"/>
        <source>There is no product %1.</source>
        <translation>Il n’y a pas de produit %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="264"/>
        <source>Rename product to “%1”</source>
        <translation>Renommer le produit en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="275"/>
        <source>Change the colour of “%1”</source>
        <translation>Modifier la couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="293"/>
        <source>Delete product “%1”</source>
        <translation>Supprimer le produit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="13"/>
        <source>Add environment “%1”</source>
        <translation>Ajouter l’environnement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="22"/>
        <location filename="../model/document/documentenvironments.cpp" line="35"/>
        <location filename="../model/document/documentenvironments.cpp" line="59"/>
        <source>There is no environment %1.</source>
        <translation>Il n’y a pas d’environnement %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="27"/>
        <source>Rename environment to “%1”</source>
        <translation>Renommer l’environnement en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="49"/>
        <source>Duplicate environment “%1” as “%2”</source>
        <translation>Dupliquer l’environnement «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="66"/>
        <source>Delete environment “%1”</source>
        <translation>Supprimer l’environnement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="29"/>
        <source>Add view “%1”</source>
        <translation>Ajouter la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="39"/>
        <source>Rename view to “%1”</source>
        <translation>Renommer la vue en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="49"/>
        <source>Change what view “%1” shows</source>
        <translation>Modifier ce qu’affiche la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="60"/>
        <source>Draw view “%1” as zones</source>
        <translation>Dessiner la vue «&#xa0;%1&#xa0;» en zones</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="61"/>
        <source>Draw view “%1” as components</source>
        <translation>Dessiner la vue «&#xa0;%1&#xa0;» en composants</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="75"/>
        <source>Print view “%1” in the handover pack</source>
        <translation>Imprimer la vue «&#xa0;%1&#xa0;» dans le dossier de remise</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="76"/>
        <source>Leave view “%1” out of the handover pack</source>
        <translation>Exclure la vue «&#xa0;%1&#xa0;» du dossier de remise</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="103"/>
        <source>Duplicate view “%1” as “%2”</source>
        <translation>Dupliquer la vue «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="115"/>
        <source>Delete view “%1”</source>
        <translation>Supprimer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="140"/>
        <source>Move view “%1”</source>
        <translation>Déplacer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="25"/>
        <source>Create baseline “%1”</source>
        <translation>Créer la référence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="34"/>
        <location filename="../model/document/documentbaselines.cpp" line="43"/>
        <location filename="../model/document/documentbaselines.cpp" line="52"/>
        <source>There is no baseline %1.</source>
        <translation>Il n’y a pas de référence %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="36"/>
        <source>Rename baseline to “%1”</source>
        <translation>Renommer la référence en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="45"/>
        <source>Edit the note of baseline “%1”</source>
        <translation>Modifier la note de la référence «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="61"/>
        <source>Delete baseline “%1”</source>
        <translation>Supprimer la référence «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Portolan::RecentFiles</name>
    <message>
        <location filename="../app/recentfiles.cpp" line="82"/>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="86"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="87"/>
        <source>Forget the recent projects (the files stay)</source>
        <translation>Oublier les projets récents (les fichiers restent)</translation>
    </message>
</context>
<context>
    <name>Portolan::RulesExportAction</name>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="24"/>
        <source>Export Firewall &amp;Rules…</source>
        <translation>Exporter les &amp;règles de pare-feu…</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="27"/>
        <source>Write the current environment&apos;s firewall rules as a spreadsheet</source>
        <translation>Écrire les règles de pare-feu de l’environnement actuel dans un tableur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="51"/>
        <source>Wrote %n rule(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n règle de %1 écrite dans %2.</numerusform>
            <numerusform>%n règles de %1 écrites dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="55"/>
        <source>%n have an endpoint without an address (marked in the Status column).</source>
        <translation>
            <numerusform>%n a une extrémité sans adresse (signalée dans la colonne Status).</numerusform>
            <numerusform>%n ont une extrémité sans adresse (signalée dans la colonne Status).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="59"/>
        <source>%n of the %1 rules of %2 cannot be requested as they are: an endpoint has no address in this environment. They are marked in the Status column; give those components addresses in the Address Plan.</source>
        <translation>
            <numerusform>%n règle sur %1 de %2 ne peut pas être demandée telle quelle&#xa0;: une extrémité n’a pas d’adresse dans cet environnement. Elle est signalée dans la colonne Status&#xa0;; donnez des adresses aux composants concernés dans le Plan d’adressage.</numerusform>
            <numerusform>%n règles sur %1 de %2 ne peuvent pas être demandées telles quelles&#xa0;: une extrémité n’a pas d’adresse dans cet environnement. Elles sont signalées dans la colonne Status&#xa0;; donnez des adresses aux composants concernés dans le Plan d’adressage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="75"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="76"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="58"/>
        <location filename="../app/rulesexportaction.cpp" line="80"/>
        <location filename="../app/rulesexportaction.cpp" line="87"/>
        <location filename="../app/rulesexportaction.cpp" line="96"/>
        <location filename="../app/rulesexportaction.cpp" line="103"/>
        <source>Export Firewall Rules</source>
        <translation>Exporter les règles de pare-feu</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="88"/>
        <source>Portolan writes rules as .xlsx or .csv, not “%1”.</source>
        <translation>Portolan écrit les règles en .xlsx ou .csv, pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="92"/>
        <source>One rule per flow</source>
        <translation>Une règle par flux</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="93"/>
        <source>One rule per source, destination and protocol (ports united)</source>
        <translation>Une règle par source, destination et protocole (ports réunis)</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="97"/>
        <source>Rules:</source>
        <translation>Règles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="104"/>
        <source>%1 could not be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>Portolan::ShortcutsDialog</name>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="61"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="63"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="63"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="80"/>
        <source>On the diagram</source>
        <translation>Sur le diagramme</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="86"/>
        <source>Draw a flow</source>
        <translation>Dessiner un flux</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="86"/>
        <source>Shift+drag from one component to another</source>
        <translation>Shift+glisser d’un composant à un autre</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="87"/>
        <source>Add a component</source>
        <translation>Ajouter un composant</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="87"/>
        <source>Double-click empty space</source>
        <translation>Double-clic sur un espace vide</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="88"/>
        <source>Edit a component or flow</source>
        <translation>Modifier un composant ou un flux</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="88"/>
        <source>Double-click it</source>
        <translation>Double-clic dessus</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="89"/>
        <source>Move to the next component</source>
        <translation>Passer au composant suivant</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="89"/>
        <source>Tab, Shift+Tab, or the arrow keys</source>
        <translation>Tab, Shift+Tab ou les touches fléchées</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="90"/>
        <source>Leave the diagram</source>
        <translation>Quitter le diagramme</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="90"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="91"/>
        <source>Centre on the selection</source>
        <translation>Centrer sur la sélection</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="91"/>
        <source>Space or Enter</source>
        <translation>Espace ou Entrée</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="92"/>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="92"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="93"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="93"/>
        <source>+ and −, or Ctrl+wheel</source>
        <translation>+ et −, ou Ctrl+molette</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="94"/>
        <source>Scroll</source>
        <translation>Défiler</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="94"/>
        <source>Wheel, Shift+wheel</source>
        <translation>Molette, Shift+molette</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="104"/>
        <source>Find an action or a key</source>
        <translation>Rechercher une action ou une touche</translation>
    </message>
</context>
<context>
    <name>Portolan::StartPage</name>
    <message>
        <location filename="../views/start/startpage.cpp" line="54"/>
        <source>Port diagrams, address plans and firewall rules from one model of a platform&apos;s components and flows. There is no Save: every change is kept in the project file at once.</source>
        <translation>Diagrammes de ports, plans d’adressage et règles de pare-feu à partir d’un seul modèle des composants et des flux d’une plateforme. Il n’y a pas de commande Enregistrer&#xa0;: chaque modification est aussitôt conservée dans le fichier de projet.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="61"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="63"/>
        <source>Open the TKO Sample…</source>
        <translation>Ouvrir l’exemple TKO…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="64"/>
        <source>VMware Tanzu for Kubernetes Operations: its zones, components and flows, saved as a new project you can change.</source>
        <translation>VMware Tanzu for Kubernetes Operations&#xa0;: ses zones, composants et flux, enregistrés comme un nouveau projet que vous pouvez modifier.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="69"/>
        <source>Import a Port Table…</source>
        <translation>Importer un tableau de ports…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="70"/>
        <source>A markdown or CSV table of flows becomes a new project, after a preview.</source>
        <translation>Un tableau de flux Markdown ou CSV devient un nouveau projet, après un aperçu.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="73"/>
        <source>New Empty Project…</source>
        <translation>Nouveau projet vide…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="74"/>
        <source>Draw components and flows on the diagram from the start.</source>
        <translation>Dessinez composants et flux sur le diagramme dès le départ.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="77"/>
        <source>Open a Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="77"/>
        <source>A .portolan file from disk.</source>
        <translation>Un fichier .portolan sur le disque.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="82"/>
        <source>Recent Projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="87"/>
        <source>You can also drop a project or port tables on this window.</source>
        <translation>Vous pouvez aussi déposer un projet ou des tableaux de ports sur cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="118"/>
        <source>None yet: the projects you open are listed here.</source>
        <translation>Aucun pour l’instant&#xa0;: les projets que vous ouvrez sont listés ici.</translation>
    </message>
</context>
<context>
    <name>Portolan::SvgExporter</name>
    <message>
        <location filename="../views/export/svgexporter.cpp" line="214"/>
        <source>SVG image</source>
        <translation>Image SVG</translation>
    </message>
</context>
<context>
    <name>Portolan::TablePanel</name>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="55"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="106"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="108"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/tablepanel.cpp" line="297"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::UserGuide</name>
    <message>
        <location filename="../views/help/userguide.cpp" line="21"/>
        <source>Portolan User Guide</source>
        <translation>Guide de l’utilisateur de Portolan</translation>
    </message>
    <message>
        <location filename="../views/help/userguide.cpp" line="31"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../views/help/userguide.cpp" line="32"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>Portolan::ViewsModel</name>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="85"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="92"/>
        <source>Products: %1</source>
        <translation>Produits&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="99"/>
        <source>Protocols: %1</source>
        <translation>Protocoles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="102"/>
        <source>Zones: %1</source>
        <translation>Zones&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="104"/>
        <source>Components: %1</source>
        <translation>Composants&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="108"/>
        <source>Text: %1</source>
        <translation>Texte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="110"/>
        <source>Everything in the project</source>
        <translation>Tout le projet</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="112"/>
        <source>Drawn as zones</source>
        <translation>Dessinée en zones</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="114"/>
        <source>Printed in the handover pack</source>
        <translation>Imprimée dans le dossier de remise</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="126"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="128"/>
        <source>The whole project</source>
        <translation>Le projet entier</translation>
    </message>
</context>
<context>
    <name>Portolan::ViewsPanel</name>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="23"/>
        <source>New from Filter</source>
        <translation>Nouvelle depuis le filtre</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="25"/>
        <source>A new view showing what the filter bar selects</source>
        <translation>Une nouvelle vue montrant ce que sélectionne la barre de filtre</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="26"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="28"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="32"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="34"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="36"/>
        <source>Zones as Nodes</source>
        <translation>Zones en nœuds</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="39"/>
        <source>Draw every top-level zone of the view as one node</source>
        <translation>Dessiner chaque zone de premier niveau de la vue comme un seul nœud</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="40"/>
        <source>Print in Handover Pack</source>
        <translation>Imprimer dans le dossier de remise</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="135"/>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="154"/>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="154"/>
        <source>%1 copy %2</source>
        <translation>%1 copie %2</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="214"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="216"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
</context>
<context>
    <name>Portolan::WorkspaceDocks</name>
    <message>
        <location filename="../app/workspacedocks.cpp" line="35"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="51"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="54"/>
        <source>Zones and Products</source>
        <translation>Zones et produits</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="59"/>
        <source>Flows</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="61"/>
        <source>Address Plan</source>
        <translation>Plan d’adressage</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="65"/>
        <source>Lint</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="68"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="70"/>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="74"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
</context>
<context>
    <name>Portolan::ZoneList</name>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="25"/>
        <source>Add Zone</source>
        <translation>Ajouter une zone</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="26"/>
        <source>Delete Zone</source>
        <translation>Supprimer la zone</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="44"/>
        <source>Add a zone inside the selected zone</source>
        <translation>Ajouter une zone dans la zone sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="46"/>
        <source>Delete the selected zone; its members move up to its parent</source>
        <translation>Supprimer la zone sélectionnée&#xa0;; ses membres remontent dans sa zone parente</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="104"/>
        <source>New zone %1</source>
        <translation>Nouvelle zone %1</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="187"/>
        <source>Move Into</source>
        <translation>Déplacer dans</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="188"/>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
</context>
<context>
    <name>Portolan::ZoneModel</name>
    <message>
        <location filename="../views/zones/zonemodel.cpp" line="24"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/zones/zonemodel.cpp" line="24"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePage</name>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="29"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="31"/>
        <source>Inside:</source>
        <translation>Dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="32"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="33"/>
        <source>Holds:</source>
        <translation>Contient&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="67"/>
        <source>Zone “%1”</source>
        <translation>Zone «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="70"/>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="80"/>
        <source>%1, %2</source>
        <comment>components held, then zones held</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/zonepage.cpp" line="81"/>
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/zonepage.cpp" line="79"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n composant</numerusform>
            <numerusform>%n composants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixDialog</name>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="31"/>
        <source>Add Zone Prefix in %1</source>
        <translation>Ajouter un préfixe de zone dans %1</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="38"/>
        <source>10.0.1.0/24 or 2001:db8:1::/64</source>
        <translation>10.0.1.0/24 ou 2001:db8:1::/64</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="40"/>
        <source>optional, 1-4094</source>
        <translation>facultatif, 1-4094</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="42"/>
        <source>optional, an address inside the prefix</source>
        <translation>facultatif, une adresse dans le préfixe</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="44"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="50"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="51"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Préfixe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="52"/>
        <source>&amp;VLAN:</source>
        <translation>&amp;VLAN&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="53"/>
        <source>&amp;Gateway:</source>
        <translation>Pa&amp;sserelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="54"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="85"/>
        <source>The VLAN must be a number 1-4094.</source>
        <translation>Le VLAN doit être un nombre de 1 à 4094.</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="88"/>
        <source>Type the prefix, such as 10.0.1.0/24.</source>
        <translation>Saisissez le préfixe, par exemple 10.0.1.0/24.</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixModel</name>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="101"/>
        <source>Values bound in this environment that lie inside the prefix</source>
        <translation>Valeurs liées dans cet environnement qui se trouvent dans le préfixe</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="128"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="130"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="132"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="134"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="136"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="138"/>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="164"/>
        <source>There is no zone named “%1”.</source>
        <translation>Il n’y a pas de zone nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="178"/>
        <source>The VLAN must be a number 1-4094, not “%1”.</source>
        <translation>Le VLAN doit être un nombre de 1 à 4094, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixPanel</name>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="21"/>
        <source>Filter zone prefixes</source>
        <translation>Filtrer les préfixes de zone</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="24"/>
        <source>&amp;Add Zone Prefix…</source>
        <translation>&amp;Ajouter un préfixe de zone…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="25"/>
        <source>Give a zone a prefix in this environment</source>
        <translation>Donner un préfixe à une zone dans cet environnement</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="27"/>
        <source>&amp;Delete Zone Prefix</source>
        <translation>&amp;Supprimer le préfixe de zone</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="57"/>
        <source>Added %1 to “%2”.</source>
        <translation>%1 ajouté à «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
</TS>
