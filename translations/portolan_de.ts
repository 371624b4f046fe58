<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Portolan::AddressPlanModel</name>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="101"/>
        <source>No address</source>
        <translation>Keine Adresse</translation>
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
            <numerusform>%1 (und %n weitere)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="112"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="112"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="159"/>
        <source>No address in this environment; double-click to type one, or allocate the next free one</source>
        <translation>Keine Adresse in dieser Umgebung; doppelklicken Sie, um eine einzugeben, oder vergeben Sie die nächste freie</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="178"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="180"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="182"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="184"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="186"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressPlanPanel</name>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="36"/>
        <source>&amp;Import Address Plan…</source>
        <translation>Adressplan &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="37"/>
        <source>&amp;Export Address Plan…</source>
        <translation>Adressplan &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="44"/>
        <source>Bind the addresses of a CSV file with the columns component,address</source>
        <translation>Die Adressen einer CSV-Datei mit den Spalten component,address zuordnen</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="46"/>
        <source>Save this environment&apos;s addresses as CSV (component,address,kind,zone)</source>
        <translation>Die Adressen dieser Umgebung als CSV speichern (component,address,kind,zone)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="93"/>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="99"/>
        <source>Import Address Plan</source>
        <translation>Adressplan importieren</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="94"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="107"/>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="110"/>
        <source>Export Address Plan</source>
        <translation>Adressplan exportieren</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="110"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="147"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="151"/>
        <source>This project has no environment yet. Add one (Lab, Production, a second site…) with Environment → New Environment, then give its zones prefixes and its components addresses.</source>
        <translation>Dieses Projekt hat noch keine Umgebung. Fügen Sie eine hinzu (Labor, Produktion, ein zweiter Standort…) mit Umgebung → Neue Umgebung, und geben Sie dann ihren Zonen Präfixe und ihren Komponenten Adressen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %n component(s) have addresses · %3 · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 von %n Komponente hat Adressen · %3 · %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 von %n Komponenten haben Adressen · %3 · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="165"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="165"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="174"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="181"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="186"/>
        <source>Imported %n address(es) from %1.</source>
        <translation>
            <numerusform>%n Adresse aus %1 importiert.</numerusform>
            <numerusform>%n Adressen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="188"/>
        <source>%n row(s) were there already.</source>
        <translation>
            <numerusform>%n Zeile war bereits vorhanden.</numerusform>
            <numerusform>%n Zeilen waren bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="204"/>
        <source>Saved the %1 address plan to %2.</source>
        <translation>Adressplan von %1 in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressTablePanel</name>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="21"/>
        <source>Filter components, addresses, problems</source>
        <translation>Komponenten, Adressen, Probleme filtern</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="23"/>
        <source>Allocate &amp;Next Free Address</source>
        <translation>&amp;Nächste freie Adresse vergeben</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="25"/>
        <source>Give the selected components (or every component shown) the next free address of their zone&apos;s prefix; networks get the prefix</source>
        <translation>Den ausgewählten Komponenten (oder allen angezeigten) die nächste freie Adresse aus dem Präfix ihrer Zone geben; Netze erhalten das Präfix</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="28"/>
        <source>Allocate Free &amp;Prefix…</source>
        <translation>Freies &amp;Präfix vergeben…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="31"/>
        <source>Carve a free prefix of the length you choose from the zone&apos;s prefix, for networks</source>
        <translation>Ein freies Präfix der gewählten Länge aus dem Präfix der Zone herausschneiden, für Netze</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="34"/>
        <source>Allocate Free Prefix</source>
        <translation>Freies Präfix vergeben</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="35"/>
        <source>Prefix length for the selected networks:</source>
        <translation>Präfixlänge für die ausgewählten Netze:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="40"/>
        <source>&amp;Clear Addresses</source>
        <translation>Adressen &amp;löschen</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="42"/>
        <source>Problems Only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="45"/>
        <source>Show only components with a warning, an error or no address</source>
        <translation>Nur Komponenten mit einer Warnung, einem Fehler oder ohne Adresse anzeigen</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="119"/>
        <source>Allocated %1 to “%2”.</source>
        <translation>%1 an „%2“ vergeben.</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="123"/>
        <source>Every component chosen has an address already.</source>
        <translation>Jede gewählte Komponente hat bereits eine Adresse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addresstablepanel.cpp" line="125"/>
        <source>Allocated addresses to %n component(s).</source>
        <translation>
            <numerusform>Adressen an %n Komponente vergeben.</numerusform>
            <numerusform>Adressen an %n Komponenten vergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addresstablepanel.cpp" line="130"/>
        <source>%n got none (Problems Only lists them); the first, “%1”: %2.</source>
        <translation>
            <numerusform>%n erhielt keine (Nur Probleme listet sie auf); die erste, „%1“: %2.</numerusform>
            <numerusform>%n erhielten keine (Nur Probleme listet sie auf); die erste, „%1“: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="141"/>
        <source>Networks can share a zone&apos;s prefix: Allocate Free Prefix… gives each a free /N of it.</source>
        <translation>Netze können sich das Präfix einer Zone teilen: Freies Präfix vergeben… gibt jedem ein freies /N davon.</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressText</name>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="44"/>
        <source>there is no zone %1</source>
        <translation>es gibt keine Zone %1</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="47"/>
        <location filename="../model/addressing/addressedits.cpp" line="139"/>
        <location filename="../model/addressing/addressedits.cpp" line="169"/>
        <location filename="../model/addressing/addressedits.cpp" line="205"/>
        <location filename="../model/addressing/nextfree.cpp" line="178"/>
        <source>there is no environment %1</source>
        <translation>es gibt keine Umgebung %1</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="51"/>
        <source>a zone prefix needs a CIDR, such as 10.0.1.0/24</source>
        <translation>ein Zonenpräfix braucht eine CIDR-Angabe, etwa 10.0.1.0/24</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="58"/>
        <source>%1 is not a prefix; write it as network/length, such as 10.0.1.0/24</source>
        <translation>%1 ist kein Präfix; schreiben Sie es als Netz/Länge, etwa 10.0.1.0/24</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="63"/>
        <source>VLAN %1 is out of range 1-4094</source>
        <translation>VLAN %1 liegt außerhalb des Bereichs 1-4094</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="71"/>
        <source>the gateway %1 is not a single IP address</source>
        <translation>das Gateway %1 ist keine einzelne IP-Adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="75"/>
        <source>the gateway %1 is not inside %2</source>
        <translation>das Gateway %1 liegt nicht in %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="82"/>
        <source>there is no zone prefix %1</source>
        <translation>es gibt kein Zonenpräfix %1</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="89"/>
        <source>zone “%1” already has %2 in %3</source>
        <translation>die Zone „%1“ hat %2 in %3 bereits</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="105"/>
        <source>%1 overlaps %2 of zone “%3” in %4</source>
        <translation>%1 überschneidet sich in %4 mit %2 der Zone „%3“</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="136"/>
        <location filename="../model/addressing/addressedits.cpp" line="166"/>
        <location filename="../model/addressing/nextfree.cpp" line="187"/>
        <source>there is no component %1</source>
        <translation>es gibt keine Komponente %1</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="209"/>
        <location filename="../model/addressing/addressedits.cpp" line="258"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="212"/>
        <source>the plan is empty; it needs the header component,address</source>
        <translation>der Plan ist leer; er braucht die Kopfzeile component,address</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="226"/>
        <source>line %1: the plan needs the header component,address</source>
        <translation>Zeile %1: der Plan braucht die Kopfzeile component,address</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="250"/>
        <source>line %1: there is no component named “%2”</source>
        <translation>Zeile %1: es gibt keine Komponente namens „%2“</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="260"/>
        <source>no address given</source>
        <translation>keine Adresse angegeben</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="262"/>
        <source>line %1: %2 already has %3</source>
        <translation>Zeile %1: %2 hat %3 bereits</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="54"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="61"/>
        <source>%1 has a leading zero in %2, which some tools read as octal; write it without leading zeros</source>
        <translation>%1 hat in %2 eine führende Null, die manche Werkzeuge als Oktalzahl lesen; schreiben Sie die Adresse ohne führende Nullen</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="69"/>
        <source>%1 is not an IPv4 address: %2 is out of range 0-255</source>
        <translation>%1 ist keine IPv4-Adresse: %2 liegt außerhalb des Bereichs 0-255</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="84"/>
        <source>%1 has a zone id (%2), which only means something on one machine; write the address without it</source>
        <translation>%1 hat eine Zonen-ID (%2), die nur auf einem Rechner etwas bedeutet; schreiben Sie die Adresse ohne sie</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="92"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="104"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="119"/>
        <source>%1 is not a contiguous netmask</source>
        <translation>%1 ist keine zusammenhängende Netzmaske</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="125"/>
        <source>%1 has no prefix length after the /</source>
        <translation>%1 hat nach dem / keine Präfixlänge</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="129"/>
        <source>&quot;%1&quot; is not a prefix length</source>
        <translation>„%1“ ist keine Präfixlänge</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="135"/>
        <location filename="../model/addressing/allocation.cpp" line="111"/>
        <source>prefix length %1 is out of range 0-%2</source>
        <translation>die Präfixlänge %1 liegt außerhalb des Bereichs 0-%2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="178"/>
        <source>an address is empty</source>
        <translation>eine Adresse ist leer</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="209"/>
        <source>%1 has no address before the /</source>
        <translation>%1 hat vor dem / keine Adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="223"/>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>in %1 sind Host-Bits gesetzt; meinten Sie %2?</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="233"/>
        <source>range %1 has no first address</source>
        <translation>dem Bereich %1 fehlt die erste Adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="237"/>
        <source>range %1 has no last address</source>
        <translation>dem Bereich %1 fehlt die letzte Adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="248"/>
        <source>range %1 mixes IPv4 and IPv6</source>
        <translation>der Bereich %1 mischt IPv4 und IPv6</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="252"/>
        <source>range %1 runs backwards</source>
        <translation>der Bereich %1 läuft rückwärts</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="59"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="81"/>
        <source>%1 is bound to both %2 in %3</source>
        <translation>%1 ist in %3 an %2 zugleich gebunden</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="82"/>
        <source>%1 is bound to %2 in %3</source>
        <translation>%1 ist in %3 an %2 gebunden</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="120"/>
        <source>%1 of %2 overlaps %3 of %4 in %5</source>
        <translation>%1 von %2 überschneidet sich in %5 mit %3 von %4</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="163"/>
        <source>%1 of %2 is outside the prefixes of zone %3 in %4 (%5)</source>
        <translation>%1 von %2 liegt in %4 außerhalb der Präfixe der Zone %3 (%5)</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="184"/>
        <source>%1 is used by flows but has no address in %2</source>
        <translation>%1 wird von Verbindungen genutzt, hat in %2 aber keine Adresse</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="199"/>
        <source>%1 is a network but has the name %2 in %3; a network needs a CIDR</source>
        <translation>%1 ist ein Netzwerk, hat in %3 aber den Namen %2; ein Netzwerk braucht eine CIDR-Angabe</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="34"/>
        <source>&quot;%1&quot; is not a prefix</source>
        <translation>„%1“ ist kein Präfix</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="94"/>
        <source>%1 has no free address left</source>
        <translation>in %1 ist keine Adresse mehr frei</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="117"/>
        <source>a /%1 does not fit inside %2</source>
        <translation>ein /%1 passt nicht in %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="137"/>
        <source>%1 has no free /%2 left</source>
        <translation>in %1 ist kein /%2 mehr frei</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="38"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="45"/>
        <source>&quot;%1&quot; has an empty label</source>
        <translation>„%1“ hat ein leeres Label</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="50"/>
        <source>label &quot;%1&quot; is longer than %2 characters</source>
        <translation>das Label „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="58"/>
        <source>label &quot;%1&quot; contains an underscore, which host names do not allow</source>
        <translation>das Label „%1“ enthält einen Unterstrich, den Hostnamen nicht erlauben</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="65"/>
        <source>label &quot;%1&quot; contains %2, which host names do not allow</source>
        <translation>das Label „%1“ enthält %2, was Hostnamen nicht erlauben</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="71"/>
        <source>label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>das Label „%1“ beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="84"/>
        <source>&quot;%1&quot; is too long for a name: %2 characters, at most %3</source>
        <translation>„%1“ ist zu lang für einen Namen: %2 Zeichen, höchstens %3</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="97"/>
        <source>&quot;%1&quot; is not a fully qualified name: it needs a domain, as in host.example.com</source>
        <translation>„%1“ ist kein voll qualifizierter Name: es fehlt eine Domain, wie in host.example.com</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="104"/>
        <source>&quot;%1&quot; is not a name: its last label &quot;%2&quot; is all digits</source>
        <translation>„%1“ ist kein Name: sein letztes Label „%2“ besteht nur aus Ziffern</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="124"/>
        <source>in &quot;%1&quot; the * must be the whole leftmost label, as in *.example.com</source>
        <translation>in „%1“ muss das * das ganze Label ganz links sein, wie in *.example.com</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="117"/>
        <source>“%1” has no zone to take an address from</source>
        <translation>„%1“ hat keine Zone, aus der es eine Adresse nehmen könnte</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="125"/>
        <source>zone “%1” of “%2” has no prefix in %3</source>
        <translation>die Zone „%1“ von „%2“ hat in %3 kein Präfix</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="142"/>
        <source>no prefix of zone “%1” in %2 is large enough for a /%3</source>
        <translation>kein Präfix der Zone „%1“ in %2 ist groß genug für ein /%3</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="149"/>
        <source>every prefix of zone “%1” in %2 is already in use (%3)</source>
        <translation>jedes Präfix der Zone „%1“ in %2 ist bereits belegt (%3)</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="153"/>
        <source>zone “%1” has no free /%2 left in %3 (%4)</source>
        <translation>die Zone „%1“ hat in %3 kein freies /%2 mehr (%4)</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="158"/>
        <source>zone “%1” has no free address left in %2 (%3)</source>
        <translation>die Zone „%1“ hat in %2 keine freie Adresse mehr (%3)</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselineActions</name>
    <message>
        <location filename="../app/baselineactions.cpp" line="23"/>
        <source>&amp;Baselines…</source>
        <translation>&amp;Baselines…</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="26"/>
        <source>Named read-only revisions kept in the project: make one, rename or delete it, open it in a window of its own</source>
        <translation>Benannte, schreibgeschützte Revisionen im Projekt: anlegen, umbenennen, löschen oder in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="77"/>
        <location filename="../app/baselineactions.cpp" line="86"/>
        <source>Open Baseline</source>
        <translation>Baseline öffnen</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="82"/>
        <source>Baseline “%1” is read-only: it shows the project as it was frozen on %2.</source>
        <translation>Die Baseline „%1“ ist schreibgeschützt: Sie zeigt das Projekt, wie es am %2 eingefroren wurde.</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="102"/>
        <source>Opened baseline “%1” read-only in a new window</source>
        <translation>Baseline „%1“ schreibgeschützt in einem neuen Fenster geöffnet</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselineEditDialog</name>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="47"/>
        <source>what it is for, e.g. “handed over to the firewall team”</source>
        <translation>wofür sie dient, z. B. „an das Firewall-Team übergeben“</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="53"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="57"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="65"/>
        <source>A baseline freezes the design, every environment&apos;s addresses and the drawing as they are now, inside the project file. Later edits never change it.</source>
        <translation>Eine Baseline friert den Entwurf, die Adressen jeder Umgebung und die Zeichnung so ein, wie sie jetzt sind, in der Projektdatei. Spätere Änderungen ändern sie nie.</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselinesDialog</name>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="112"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="113"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="114"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="115"/>
        <source>Edit N&amp;ote…</source>
        <translation>N&amp;otiz bearbeiten…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="116"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="120"/>
        <source>Baselines are named, read-only revisions kept inside the project file: each freezes the design, every environment&apos;s addresses and the drawing as they were when it was made. Open one to look at it in a window of its own.</source>
        <translation>Baselines sind benannte, schreibgeschützte Revisionen in der Projektdatei: Jede friert den Entwurf, die Adressen jeder Umgebung und die Zeichnung so ein, wie sie beim Anlegen waren. Öffnen Sie eine, um sie in einem eigenen Fenster anzusehen.</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="142"/>
        <source>Freeze the project as it is now as a new baseline</source>
        <translation>Das Projekt im jetzigen Zustand als neue Baseline einfrieren</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="144"/>
        <source>Show the selected baseline read-only in a new window</source>
        <translation>Die gewählte Baseline schreibgeschützt in einem neuen Fenster zeigen</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="148"/>
        <source>Delete the selected baseline (Edit → Undo brings it back)</source>
        <translation>Die gewählte Baseline löschen (Bearbeiten → Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="179"/>
        <source>Baselines · %1</source>
        <translation>Baselines · %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="231"/>
        <source>Only Open is available: %1</source>
        <translation>Nur Öffnen ist möglich: %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="248"/>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="254"/>
        <source>Give the baseline a name.</source>
        <translation>Geben Sie der Baseline einen Namen.</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="256"/>
        <source>“%1” stands for the design as it is now; give the baseline another name.</source>
        <translation>„%1“ steht für den Entwurf im jetzigen Zustand; geben Sie der Baseline einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="260"/>
        <source>There is already a baseline named “%1”; choose another name.</source>
        <translation>Es gibt bereits eine Baseline namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="270"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="279"/>
        <source>New Baseline</source>
        <translation>Neue Baseline</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="291"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="299"/>
        <source>Rename Baseline</source>
        <translation>Baseline umbenennen</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="308"/>
        <source>Note of Baseline “%1”</source>
        <translation>Notiz der Baseline „%1“</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="314"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="323"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="329"/>
        <source>Delete Baseline</source>
        <translation>Baseline löschen</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="324"/>
        <source>Delete baseline “%1”? Edit → Undo brings it back.</source>
        <translation>Baseline „%1“ löschen? Bearbeiten → Rückgängig holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>Portolan::ChangeRequestSave</name>
    <message>
        <location filename="../app/changerequestsave.cpp" line="48"/>
        <source>Save Change Request</source>
        <translation>Änderungsantrag speichern</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="53"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="54"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="55"/>
        <source>CSV, rule changes only (*.csv)</source>
        <translation>CSV, nur Regeländerungen (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="56"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="62"/>
        <source>%1 change request %2 to %3.xlsx</source>
        <translation>%1 Änderungsantrag %2 nach %3.xlsx</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="63"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="73"/>
        <source>Portolan writes a change request as .xlsx, .pdf, .csv or .json, not “%1”.</source>
        <translation>Portolan schreibt einen Änderungsantrag als .xlsx, .pdf, .csv oder .json, nicht als „%1“.</translation>
    </message>
</context>
<context>
    <name>Portolan::ChangesModel</name>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="22"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="22"/>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="27"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="62"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="63"/>
        <source>source addresses</source>
        <translation>Quelladressen</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="64"/>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="66"/>
        <source>destination addresses</source>
        <translation>Zieladressen</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="67"/>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="68"/>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="77"/>
        <source>Rules to add</source>
        <translation>Hinzuzufügende Regeln</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="78"/>
        <source>Rules to remove</source>
        <translation>Zu entfernende Regeln</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="79"/>
        <source>Rules to modify</source>
        <translation>Zu ändernde Regeln</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="87"/>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 nach %3</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="101"/>
        <source>%1 to %2</source>
        <comment>source addresses to destination addresses</comment>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="131"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="132"/>
        <source>Flows</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="133"/>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="134"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="135"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="136"/>
        <source>Zone prefixes</source>
        <translation>Zonenpräfixe</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="137"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="155"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="156"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>Portolan::ChangesPanel</name>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="21"/>
        <source>Close Comparison</source>
        <translation>Vergleich schließen</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="22"/>
        <source>Save Change Request…</source>
        <translation>Änderungsantrag speichern…</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="43"/>
        <source>End the comparison and draw the diagram as it is</source>
        <translation>Den Vergleich beenden und das Diagramm so zeichnen, wie es ist</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="46"/>
        <source>Write these changes for the firewall team: a workbook, a PDF with the delta diagram and a sign-off, the rule changes as CSV, or JSON</source>
        <translation>Diese Änderungen für das Firewall-Team schreiben: als Arbeitsmappe, als PDF mit Änderungsdiagramm und Freigabe, die Regeländerungen als CSV oder als JSON</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="79"/>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen von %1 nach %2</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="80"/>
        <source>No differences between %1 and %2</source>
        <translation>Keine Unterschiede zwischen %1 und %2</translation>
    </message>
</context>
<context>
    <name>Portolan::CollapsedZones</name>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="28"/>
        <source>1 component</source>
        <translation>1 Komponente</translation>
    </message>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="29"/>
        <source>%1 components</source>
        <translation>%1 Komponenten</translation>
    </message>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="106"/>
        <source>No zone</source>
        <translation>Keine Zone</translation>
    </message>
</context>
<context>
    <name>Portolan::CompareActions</name>
    <message>
        <location filename="../app/compareactions.cpp" line="55"/>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="56"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="60"/>
        <location filename="../app/compareactions.cpp" line="118"/>
        <source>Compare a baseline with a later one or the working design, or two environments</source>
        <translation>Eine Baseline mit einer späteren oder dem aktuellen Entwurf vergleichen, oder zwei Umgebungen</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="76"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="120"/>
        <source>Nothing to compare yet: freeze a baseline of the design or add a second environment</source>
        <translation>Noch nichts zu vergleichen: Frieren Sie eine Baseline des Entwurfs ein oder legen Sie eine zweite Umgebung an</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="182"/>
        <source>the working design</source>
        <translation>dem aktuellen Entwurf</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="186"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="192"/>
        <source>nothing is compared</source>
        <translation>es wird nichts verglichen</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="200"/>
        <source>Wrote the change request to %1.</source>
        <translation>Änderungsantrag nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="233"/>
        <source>The environments compared are no longer there</source>
        <translation>Die verglichenen Umgebungen gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="260"/>
        <source>The diagram shows the working design: it is drawn with the changes only against the working design.</source>
        <translation>Das Diagramm zeigt den aktuellen Entwurf: Mit den Änderungen wird es nur im Vergleich mit dem aktuellen Entwurf gezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="285"/>
        <source>Laying out %1…</source>
        <translation>%1 wird angeordnet…</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="323"/>
        <source>Baseline “%1” is gone: the comparison is closed</source>
        <translation>Die Baseline „%1“ gibt es nicht mehr: Der Vergleich ist geschlossen</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="373"/>
        <source>Environment “%1”</source>
        <translation>Umgebung „%1“</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="379"/>
        <source>“%1” is not in the working design</source>
        <translation>„%1“ ist nicht im aktuellen Entwurf</translation>
    </message>
</context>
<context>
    <name>Portolan::CompareDialog</name>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="34"/>
        <source>Environment against environment:</source>
        <translation>Umgebung gegen Umgebung:</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="40"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="53"/>
        <source>Working design</source>
        <translation>Aktueller Entwurf</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="61"/>
        <source>The same design without addresses (no environment)</source>
        <translation>Derselbe Entwurf ohne Adressen (keine Umgebung)</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="62"/>
        <source>The current environment (%1) on both sides</source>
        <translation>Die aktuelle Umgebung (%1) auf beiden Seiten</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="65"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="66"/>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="69"/>
        <source>against</source>
        <translation>gegen</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentDeletionDialog</name>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="35"/>
        <source>Delete Components</source>
        <translation>Komponenten löschen</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="59"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="60"/>
        <source>Delete %n Component(s)</source>
        <translation>
            <numerusform>%n Komponente löschen</numerusform>
            <numerusform>%n Komponenten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="62"/>
        <source>“%1” has %n flow(s). What becomes of them?</source>
        <translation>
            <numerusform>„%1“ hat %n Verbindung. Was soll mit ihr geschehen?</numerusform>
            <numerusform>„%1“ hat %n Verbindungen. Was soll mit ihnen geschehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="63"/>
        <source>These components have %n flow(s). What becomes of them?</source>
        <translation>
            <numerusform>Diese Komponenten haben %n Verbindung. Was soll mit ihr geschehen?</numerusform>
            <numerusform>Diese Komponenten haben %n Verbindungen. Was soll mit ihnen geschehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="68"/>
        <source>Delete “%1” and its %n flow(s)</source>
        <translation>
            <numerusform>„%1“ und ihre %n Verbindung löschen</numerusform>
            <numerusform>„%1“ und ihre %n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="69"/>
        <source>Delete the %n component(s) and %1</source>
        <translation>
            <numerusform>%n Komponente und %1 löschen</numerusform>
            <numerusform>Die %n Komponenten und %1 löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="70"/>
        <source>their %n flow(s)</source>
        <translation>
            <numerusform>ihre %n Verbindung</numerusform>
            <numerusform>ihre %n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="73"/>
        <source>Keep its flows, moving them to:</source>
        <translation>Verbindungen der Komponente behalten und verschieben zu:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="74"/>
        <source>Keep their flows, moving them to:</source>
        <translation>Verbindungen der Komponenten behalten und verschieben zu:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="76"/>
        <source>Another component</source>
        <translation>Eine andere Komponente</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="82"/>
        <source>Flows that would then repeat another flow, or run from the component to itself, are deleted. Undo brings everything back.</source>
        <translation>Verbindungen, die danach eine andere Verbindung wiederholen oder von der Komponente zu sich selbst führen, werden gelöscht. Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="87"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="127"/>
        <source>There is no other component “%1”.</source>
        <translation>Es gibt keine andere Komponente „%1“.</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentImportDialog</name>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="32"/>
        <source>Import Components</source>
        <translation>Komponenten importieren</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="33"/>
        <source>Components from “%1”</source>
        <translation>Komponenten aus „%1“</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="50"/>
        <source>Rows in bold change the project; the others are as the list says.</source>
        <translation>Fett gedruckte Zeilen ändern das Projekt; die anderen entsprechen bereits der Liste.</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="55"/>
        <source>&amp;Lay out the diagram afresh</source>
        <translation>Diagramm &amp;neu anordnen</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="58"/>
        <source>Forget every stored drawing and dragged place, as Reset Layout does, in the same undo step. Suggested when the list moves components or puts zones into others.</source>
        <translation>Alle gespeicherten Zeichnungen und verschobenen Positionen verwerfen, wie Layout zurücksetzen, im selben Rückgängig-Schritt. Empfohlen, wenn die Liste Komponenten verschiebt oder Zonen in andere legt.</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="63"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="73"/>
        <source>Warnings and errors:</source>
        <translation>Warnungen und Fehler:</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="104"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="110"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="116"/>
        <source>(no zone)</source>
        <translation>(keine Zone)</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="134"/>
        <source>The file cannot be imported: see the errors above.</source>
        <translation>Die Datei kann nicht importiert werden: siehe die Fehler oben.</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="138"/>
        <source>Every component is in the project as the list says: nothing to import.</source>
        <translation>Jede Komponente ist bereits so im Projekt, wie die Liste es angibt: nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="285"/>
        <location filename="../views/import/componentimportdialog.cpp" line="154"/>
        <source>%n new component(s)</source>
        <translation>
            <numerusform>%n neue Komponente</numerusform>
            <numerusform>%n neue Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="155"/>
        <source>%n moved to another zone</source>
        <translation>
            <numerusform>%n in eine andere Zone verschoben</numerusform>
            <numerusform>%n in eine andere Zone verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="156"/>
        <source>%n given another kind</source>
        <translation>
            <numerusform>%n mit anderer Art</numerusform>
            <numerusform>%n mit anderer Art</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="288"/>
        <location filename="../views/import/componentimportdialog.cpp" line="157"/>
        <source>%n new zone(s)</source>
        <translation>
            <numerusform>%n neue Zone</numerusform>
            <numerusform>%n neue Zonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="158"/>
        <source>%n zone(s) put into others</source>
        <translation>
            <numerusform>%n Zone in eine andere gelegt</numerusform>
            <numerusform>%n Zonen in andere gelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="159"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="160"/>
        <source>No components.</source>
        <translation>Keine Komponenten.</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentKind</name>
    <message>
        <location filename="../model/domain/types.cpp" line="71"/>
        <source>host</source>
        <extracomment>A kind of component, shown in the Kind column and inside sentences (&quot;Make “%1” a %2&quot;).</extracomment>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="75"/>
        <source>appliance</source>
        <extracomment>A kind of component (router, firewall, load balancer…).</extracomment>
        <translation>Appliance</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="79"/>
        <source>cluster</source>
        <extracomment>A kind of component.</extracomment>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="83"/>
        <source>network</source>
        <extracomment>A kind of component: a network given as a CIDR.</extracomment>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="87"/>
        <source>service</source>
        <extracomment>A kind of component.</extracomment>
        <translation>Dienst</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="99"/>
        <source>any</source>
        <extracomment>A kind of component: any address at all.</extracomment>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentNameDelegate</name>
    <message>
        <location filename="../views/tables/componentnamedelegate.cpp" line="33"/>
        <source>Type the name of a component.</source>
        <translation>Geben Sie den Namen einer Komponente ein.</translation>
    </message>
    <message>
        <location filename="../views/tables/componentnamedelegate.cpp" line="35"/>
        <source>There is no component “%1”.</source>
        <translation>Es gibt keine Komponente „%1“.</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentPage</name>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="30"/>
        <source>Unpin</source>
        <translation>Fixierung aufheben</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="40"/>
        <source>10.0.1.5, 2001:db8::5, host.example.com</source>
        <translation>10.0.1.5, 2001:db8::5, host.example.com</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="41"/>
        <source>Addresses in this environment, separated by commas or spaces: IPv4 or IPv6 addresses, CIDRs, ranges a-b, host names</source>
        <translation>Adressen in dieser Umgebung, getrennt durch Kommas oder Leerzeichen: IPv4- oder IPv6-Adressen, CIDRs, Bereiche a-b, Hostnamen</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="45"/>
        <source>Let the layout place this component again</source>
        <translation>Das Layout diese Komponente wieder platzieren lassen</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="47"/>
        <source>Double-click a flow to inspect it</source>
        <translation>Doppelklicken Sie auf eine Verbindung, um sie zu untersuchen</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="52"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="54"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="55"/>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="56"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="62"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="64"/>
        <source>Flows:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="97"/>
        <source>Addresses (%1):</source>
        <translation>Adressen (%1):</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="148"/>
        <source>Component “%1”</source>
        <translation>Komponente „%1“</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="152"/>
        <source>(no zone)</source>
        <translation>(keine Zone)</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="156"/>
        <source>pinned at %1, %2</source>
        <translation>fixiert bei %1, %2</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="160"/>
        <source>placed by the layout</source>
        <translation>vom Layout platziert</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentTableModel</name>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="14"/>
        <source>(no zone)</source>
        <translation>(keine Zone)</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="140"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="142"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="144"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="146"/>
        <source>Flows</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="148"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="184"/>
        <source>“%1” is not a kind of component; choose one of %2.</source>
        <translation>„%1“ ist keine Komponentenart; wählen Sie eine von %2.</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="198"/>
        <source>There is no zone “%1”.</source>
        <translation>Es gibt keine Zone „%1“.</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentsPanel</name>
    <message>
        <location filename="../views/tables/componentspanel.cpp" line="26"/>
        <source>&amp;New Component</source>
        <translation>&amp;Neue Komponente</translation>
    </message>
    <message>
        <location filename="../views/tables/componentspanel.cpp" line="54"/>
        <source>New component %1</source>
        <translation>Neue Komponente %1</translation>
    </message>
</context>
<context>
    <name>Portolan::DesignLint</name>
    <message>
        <location filename="../model/lint/designlint.cpp" line="62"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="88"/>
        <source>%1 contradicts %2, which uses %3 on %4</source>
        <translation>%1 widerspricht %2, die %3 auf %4 verwendet</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="100"/>
        <source>%1 allows any protocol on any port</source>
        <translation>%1 erlaubt jedes Protokoll auf jedem Port</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="109"/>
        <source>%1 has no ports; a %2 flow needs the ports it opens</source>
        <translation>%1 hat keine Ports; eine %2-Verbindung braucht die Ports, die sie öffnet</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="118"/>
        <source>%1 opens every port</source>
        <translation>%1 öffnet jeden Port</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="119"/>
        <source>%1 opens %2 ports; a range wider than %3 ports is rarely what is meant</source>
        <translation>%1 öffnet %2 Ports; ein Bereich mit mehr als %3 Ports ist selten gemeint</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="140"/>
        <source>%1 is listed %2 times</source>
        <translation>%1 ist %2-mal aufgeführt</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="155"/>
        <source>%1 has no flows</source>
        <translation>%1 hat keine Verbindungen</translation>
    </message>
</context>
<context>
    <name>Portolan::Diagram</name>
    <message>
        <location filename="../model/diagram/diagramcontent.cpp" line="60"/>
        <source>1 flow</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramcontent.cpp" line="61"/>
        <source>%1 flows</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/diagram/diagramstyle.cpp" line="197"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramActions</name>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="36"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="38"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="39"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="40"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="41"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="42"/>
        <source>Show the whole diagram</source>
        <translation>Das ganze Diagramm anzeigen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="43"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="44"/>
        <source>Zoom to 100 %</source>
        <translation>Auf 100 % zoomen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="45"/>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="46"/>
        <source>Unpin every component and lay the diagram out afresh</source>
        <translation>Fixierung aller Komponenten aufheben und das Diagramm neu anordnen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="63"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramEditor</name>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="31"/>
        <source>New component</source>
        <translation>Neue Komponente</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="59"/>
        <source>&amp;Draw Flows</source>
        <translation>Verbindungen &amp;zeichnen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="60"/>
        <source>New &amp;Component</source>
        <translation>Neue &amp;Komponente</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="61"/>
        <source>&amp;Merge Components…</source>
        <translation>Komponenten zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="62"/>
        <source>Show &amp;Addresses</source>
        <translation>&amp;Adressen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="63"/>
        <source>&amp;Focus</source>
        <translation>&amp;Fokus</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="64"/>
        <source>Focus, T&amp;wo Flows Away</source>
        <translation>Fokus, z&amp;wei Verbindungen weit</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="68"/>
        <source>Show the selected components with what they talk to, sources on the left (F)</source>
        <translation>Die ausgewählten Komponenten mit ihren Kommunikationspartnern anzeigen, Quellen links (F)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="72"/>
        <source>As Focus, and what those components talk to in turn (Shift+F)</source>
        <translation>Wie Fokus, dazu das, womit diese Komponenten ihrerseits kommunizieren (Shift+F)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="85"/>
        <source>Show each component&apos;s addresses in the current environment under its name</source>
        <translation>Die Adressen jeder Komponente in der aktuellen Umgebung unter ihrem Namen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="89"/>
        <source>Make the selected components one, keeping their flows</source>
        <translation>Die ausgewählten Komponenten zu einer vereinen und dabei ihre Verbindungen behalten</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="97"/>
        <source>Merge Components</source>
        <translation>Komponenten zusammenführen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="98"/>
        <source>The flows of the others move to the component that stays:</source>
        <translation>Die Verbindungen der anderen gehen auf die Komponente über, die bestehen bleibt:</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="109"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="110"/>
        <source>Drag from one component to another to add a flow (or hold Shift while dragging)</source>
        <translation>Ziehen Sie von einer Komponente zu einer anderen, um eine Verbindung hinzuzufügen (oder halten Sie beim Ziehen die Umschalttaste gedrückt)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="114"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="115"/>
        <source>Add a component (or double-click empty space)</source>
        <translation>Eine Komponente hinzufügen (oder auf eine freie Stelle doppelklicken)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="157"/>
        <source>Save this view (Views → New from Filter) to place components in it.</source>
        <translation>Speichern Sie diese Ansicht (Ansichten → Neu aus Filter), um Komponenten darin zu platzieren.</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="30"/>
        <source>&amp;Open Zone</source>
        <translation>Zone ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="31"/>
        <source>E&amp;xpand Zone</source>
        <translation>Zone &amp;aufklappen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="37"/>
        <source>&amp;Edit Component</source>
        <translation>Komponente &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="43"/>
        <source>&amp;Unpin</source>
        <translation>Fixierung auf&amp;heben</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="47"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="54"/>
        <source>Edit %1 %2 — %3</source>
        <translation>%1 %2 — %3 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diagram/diagrameditormenu.cpp" line="59"/>
        <source>&amp;Delete %n Flow(s)</source>
        <translation>
            <numerusform>%n Verbindung &amp;löschen</numerusform>
            <numerusform>%n Verbindungen &amp;löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="65"/>
        <source>C&amp;ollapse Zone “%1”</source>
        <translation>Zone „%1“ &amp;zuklappen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="70"/>
        <source>New &amp;Component Here</source>
        <translation>Neue &amp;Komponente hier</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="74"/>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="37"/>
        <source>view “%1”</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="63"/>
        <source>the components in no zone and what talks to them</source>
        <translation>die Komponenten ohne Zone und ihre Kommunikationspartner</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="71"/>
        <source>zone “%1” and what talks to it</source>
        <translation>Zone „%1“ und ihre Kommunikationspartner</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="84"/>
        <source>Select a component to focus on.</source>
        <translation>Wählen Sie eine Komponente für den Fokus aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diagram/diagrameditorviews.cpp" line="89"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="91"/>
        <source>focus on %1</source>
        <translation>Fokus auf %1</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="92"/>
        <source>focus on %1, two flows away</source>
        <translation>Fokus auf %1, zwei Verbindungen weit</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramExportAction</name>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="25"/>
        <source>&amp;Export Diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="28"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="29"/>
        <source>Write the diagram as SVG, PNG, PDF, DOT or JSON</source>
        <translation>Das Diagramm als SVG, PNG, PDF, DOT oder JSON schreiben</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="64"/>
        <source>Exported the diagram to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramFilterBar</name>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="59"/>
        <source>Filter: name, address, purpose, port (443, 30000-32767)…</source>
        <translation>Filter: Name, Adresse, Zweck, Port (443, 30000-32767)…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="72"/>
        <source>Hide non-matching</source>
        <translation>Nicht Passendes ausblenden</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="78"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="79"/>
        <source>Show everything again</source>
        <translation>Wieder alles anzeigen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="132"/>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="132"/>
        <source>Any Zone</source>
        <translation>Beliebige Zone</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="208"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="209"/>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="210"/>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="211"/>
        <source>Only flows touching the ticked zones</source>
        <translation>Nur Verbindungen, die die angehakten Zonen berühren</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramPane</name>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="66"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="72"/>
        <source>Laying out the diagram…</source>
        <translation>Diagramm wird angeordnet…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="283"/>
        <source>%1 of %2 connections</source>
        <translation>%1 von %2 Verbindungen</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramText</name>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="142"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="144"/>
        <source>Appliance</source>
        <translation>Appliance</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="146"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="148"/>
        <source>Network (CIDR)</source>
        <translation>Netzwerk (CIDR)</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="150"/>
        <source>Service</source>
        <translation>Dienst</translation>
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
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="28"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="45"/>
        <source>%1: no address</source>
        <translation>%1: keine Adresse</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="74"/>
        <source>every component of %1</source>
        <translation>jede Komponente von %1</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="64"/>
        <source>No product</source>
        <translation>Kein Produkt</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="104"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="105"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
</context>
<context>
    <name>Portolan::DotExporter</name>
    <message>
        <location filename="../views/export/dotexporter.cpp" line="64"/>
        <source>Graphviz DOT graph</source>
        <translation>Graphviz-DOT-Graph</translation>
    </message>
</context>
<context>
    <name>Portolan::DrawingStyleActions</name>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="16"/>
        <source>&amp;Orthogonal</source>
        <translation>&amp;Rechtwinklig</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="17"/>
        <source>&amp;Curved</source>
        <translation>&amp;Geschwungen</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="18"/>
        <source>&amp;Group Flows by Zone</source>
        <translation>Verbindungen nach &amp;Zone gruppieren</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="20"/>
        <source>&amp;Left to Right</source>
        <translation>Von &amp;links nach rechts</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="21"/>
        <source>&amp;Top to Bottom</source>
        <translation>Von &amp;oben nach unten</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="24"/>
        <source>Edges in horizontal and vertical runs, each label on a straight run of its own edge</source>
        <translation>Kanten in waagerechten und senkrechten Abschnitten, jede Beschriftung auf einem geraden Abschnitt ihrer eigenen Kante</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="27"/>
        <source>Edges as Graphviz draws them, labels placed along them</source>
        <translation>Kanten, wie Graphviz sie zeichnet, Beschriftungen entlang der Kanten</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="29"/>
        <source>One edge from or to a zone&apos;s frame when every component of the zone has the same service with the same end</source>
        <translation>Eine Kante vom oder zum Rahmen einer Zone, wenn jede Komponente der Zone denselben Dienst mit demselben Ende hat</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="32"/>
        <source>Flows run across the page, sources on the left: the drawing is laid out afresh</source>
        <translation>Verbindungen laufen quer über die Seite, Quellen links: die Zeichnung wird neu angeordnet</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="35"/>
        <source>Flows run down the page, sources at the top: the drawing is laid out afresh</source>
        <translation>Verbindungen laufen die Seite hinab, Quellen oben: die Zeichnung wird neu angeordnet</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="60"/>
        <source>&amp;Edge Style</source>
        <translation>&amp;Kantenstil</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="63"/>
        <source>Layout &amp;Direction</source>
        <translation>Layout-&amp;Richtung</translation>
    </message>
</context>
<context>
    <name>Portolan::EditActions</name>
    <message>
        <location filename="../app/editactions.cpp" line="50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="53"/>
        <source>Take back the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="54"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="57"/>
        <source>Make the change taken back last again</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="59"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="60"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="71"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="72"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="74"/>
        <source>&amp;Paste Flows</source>
        <translation>Verbindungen &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="75"/>
        <source>Add flows from rows copied in a spreadsheet</source>
        <translation>Verbindungen aus Zeilen hinzufügen, die in einer Tabellenkalkulation kopiert wurden</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="77"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="78"/>
        <source>Delete what is selected</source>
        <translation>Die Auswahl löschen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="80"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="83"/>
        <source>Filter the table or the diagram that has the focus</source>
        <translation>Die Tabelle bzw. das Diagramm mit dem Fokus filtern</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="85"/>
        <source>New &amp;Flow…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="87"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="88"/>
        <source>Add a flow between two components</source>
        <translation>Eine Verbindung zwischen zwei Komponenten hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="92"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Portolan::EnvironmentSwitcher</name>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="26"/>
        <source>&amp;New Environment…</source>
        <translation>&amp;Neue Umgebung…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="27"/>
        <source>&amp;Rename Environment…</source>
        <translation>Umgebung &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="28"/>
        <source>D&amp;uplicate Environment…</source>
        <translation>Umgebung &amp;duplizieren…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="29"/>
        <source>&amp;Delete Environment</source>
        <translation>Umgebung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="32"/>
        <source>The environment whose addresses the window shows</source>
        <translation>Die Umgebung, deren Adressen das Fenster anzeigt</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="38"/>
        <source>Add an environment (Lab, Production, a second site…)</source>
        <translation>Eine Umgebung hinzufügen (Labor, Produktion, ein zweiter Standort…)</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="39"/>
        <source>Give the current environment another name</source>
        <translation>Der aktuellen Umgebung einen anderen Namen geben</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="40"/>
        <source>Delete the current environment with its addresses and prefixes</source>
        <translation>Die aktuelle Umgebung mit ihren Adressen und Präfixen löschen</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="44"/>
        <source>Add an environment starting with a copy of this one&apos;s addresses and prefixes</source>
        <translation>Eine Umgebung hinzufügen, die mit einer Kopie der Adressen und Präfixe dieser Umgebung beginnt</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="60"/>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="60"/>
        <source>Name of the new environment:</source>
        <translation>Name der neuen Umgebung:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="61"/>
        <location filename="../views/environment/environmentswitcher.cpp" line="103"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="65"/>
        <source>Rename Environment</source>
        <translation>Umgebung umbenennen</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="65"/>
        <source>New name of “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="69"/>
        <source>Duplicate Environment</source>
        <translation>Umgebung duplizieren</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="70"/>
        <source>Name of the copy of “%1”, with all its addresses and prefixes:</source>
        <translation>Name der Kopie von „%1“ mit allen Adressen und Präfixen:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="86"/>
        <source>Delete the environment “%1” with its %2 and %3? You can undo this.</source>
        <translation>Die Umgebung „%1“ mit ihren %2 und %3 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/environment/environmentswitcher.cpp" line="87"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/environment/environmentswitcher.cpp" line="88"/>
        <source>%n zone prefix(es)</source>
        <translation>
            <numerusform>%n Zonenpräfix</numerusform>
            <numerusform>%n Zonenpräfixen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="89"/>
        <source>Delete Environment</source>
        <translation>Umgebung löschen</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="105"/>
        <source>Environment: </source>
        <translation>Umgebung: </translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="202"/>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
</context>
<context>
    <name>Portolan::ExportDiagramDialog</name>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="58"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="62"/>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="69"/>
        <location filename="../views/export/exportdiagramdialog.cpp" line="213"/>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
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
        <translation>PNG: Pixel pro Zoll; die Punkte des Diagramms werden mit dpi / 72 skaliert.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="81"/>
        <source>PDF: the sheet the diagram is fitted on; the orientation follows the diagram.</source>
        <translation>PDF: das Blatt, auf das das Diagramm eingepasst wird; die Ausrichtung richtet sich nach dem Diagramm.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="83"/>
        <source>PNG and SVG: no background instead of white.</source>
        <translation>PNG und SVG: kein Hintergrund statt eines weißen.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="84"/>
        <source>No addresses</source>
        <translation>Keine Adressen</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="88"/>
        <source>Draws the addresses of this environment under the component names.</source>
        <translation>Zeichnet die Adressen dieser Umgebung unter die Komponentennamen.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="98"/>
        <source>Flows of the products</source>
        <translation>Verbindungen der Produkte</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="99"/>
        <source>A&amp;ll</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="100"/>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="114"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="117"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="118"/>
        <source>&amp;Resolution:</source>
        <translation>A&amp;uflösung:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="119"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="121"/>
        <source>&amp;Addresses of:</source>
        <translation>&amp;Adressen aus:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="123"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="128"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="140"/>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="210"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="259"/>
        <source>Check at least one product: the diagram draws the flows of the products checked.</source>
        <translation>Haken Sie mindestens ein Produkt an: Das Diagramm zeichnet die Verbindungen der angehakten Produkte.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="268"/>
        <source>The project has no stored drawing yet, so only the diagram the window shows can be exported: every product, %1.</source>
        <translation>Das Projekt hat noch keine gespeicherte Zeichnung, daher kann nur das Diagramm exportiert werden, das das Fenster zeigt: alle Produkte, %1.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="270"/>
        <source>the addresses of %1</source>
        <translation>die Adressen von %1</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="270"/>
        <source>no addresses</source>
        <translation>keine Adressen</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="275"/>
        <source>There is nothing to draw: the project has no components.</source>
        <translation>Es gibt nichts zu zeichnen: Das Projekt hat keine Komponenten.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="276"/>
        <source>There is nothing to draw: the products checked have no flows here.</source>
        <translation>Es gibt nichts zu zeichnen: Die angehakten Produkte haben hier keine Verbindungen.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="293"/>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="302"/>
        <source>nothing to draw</source>
        <translation>nichts zu zeichnen</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="308"/>
        <source>The image would be too large (at most %1 pixels a side and %2 MB): lower the resolution.</source>
        <translation>Das Bild wäre zu groß (höchstens %1 Pixel je Seite und %2 MB): Verringern Sie die Auflösung.</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="312"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="317"/>
        <source>%1 landscape</source>
        <translation>%1 Querformat</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="318"/>
        <source>%1 portrait</source>
        <translation>%1 Hochformat</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="321"/>
        <source>%1, one page, at %2 %</source>
        <translation>%1, eine Seite, mit %2 %</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="322"/>
        <source>%1, a map and %2 pages of parts, at %3 %</source>
        <translation>%1, eine Karte und %2 Seiten mit Teilen, mit %3 %</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="328"/>
        <source>a graph without geometry: Graphviz sizes it when it lays it out</source>
        <translation>ein Graph ohne Geometrie: Graphviz bestimmt seine Größe beim Anordnen</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="331"/>
        <source>%1 × %2 points (%3 × %4 mm)</source>
        <translation>%1 × %2 Punkte (%3 × %4 mm)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="360"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="365"/>
        <source>The diagram could not be exported to %1:
%2</source>
        <translation>Das Diagramm konnte nicht nach %1 exportiert werden:
%2</translation>
    </message>
</context>
<context>
    <name>Portolan::FileActions</name>
    <message>
        <location filename="../app/fileactions.cpp" line="32"/>
        <source>Portolan projects (*.portolan)</source>
        <translation>Portolan-Projekte (*.portolan)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="50"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="52"/>
        <source>Create an empty project file</source>
        <translation>Eine leere Projektdatei anlegen</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="54"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="56"/>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="58"/>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="61"/>
        <source>Save the project under another name; the open one stays open (every change is already saved)</source>
        <translation>Das Projekt unter einem anderen Namen speichern; das geöffnete bleibt geöffnet (jede Änderung ist bereits gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="64"/>
        <source>&amp;Import Flows…</source>
        <translation>Verbindungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="65"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="66"/>
        <source>Add flows from markdown or CSV tables, after a preview</source>
        <translation>Verbindungen aus Markdown- oder CSV-Tabellen hinzufügen, nach einer Vorschau</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="68"/>
        <source>Import &amp;Components…</source>
        <translation>Ko&amp;mponenten importieren…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="70"/>
        <source>Create zones and components from a CMDB or NetBox list, after a preview</source>
        <translation>Zonen und Komponenten aus einer CMDB- oder NetBox-Liste anlegen, nach einer Vorschau</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="72"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="74"/>
        <source>Close Portolan; every change is already in the project file</source>
        <translation>Portolan beenden; jede Änderung ist bereits in der Projektdatei gespeichert</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="85"/>
        <source>New from &amp;Sample</source>
        <translation>Neu aus Bei&amp;spiel</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="88"/>
        <source>Save this reference design as a new project and open it</source>
        <translation>Dieses Referenzdesign als neues Projekt speichern und öffnen</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="90"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="126"/>
        <source>Untitled.portolan</source>
        <translation>Unbenannt.portolan</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="128"/>
        <location filename="../app/fileactions.cpp" line="138"/>
        <location filename="../app/fileactions.cpp" line="158"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="139"/>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="168"/>
        <location filename="../app/fileactions.cpp" line="178"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="209"/>
        <source>%1 was changed by another program and has been opened again; the undo history before that is cleared.</source>
        <translation>%1 wurde von einem anderen Programm geändert und neu geöffnet; der Verlauf zum Rückgängigmachen davor ist gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="212"/>
        <source>%1 was changed by another program and has been opened again.</source>
        <translation>%1 wurde von einem anderen Programm geändert und neu geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="226"/>
        <source>Import Flows</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="227"/>
        <location filename="../app/fileactions.cpp" line="257"/>
        <source>Flow tables (*.md *.markdown *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Verbindungstabellen (*.md *.markdown *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="238"/>
        <source>Open or create a project to import flows into.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, in das Verbindungen importiert werden sollen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="244"/>
        <source>Imported %n flow(s)</source>
        <translation>
            <numerusform>%n Verbindung importiert</numerusform>
            <numerusform>%n Verbindungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="245"/>
        <source>; %n already in the project</source>
        <translation>
            <numerusform>; %n bereits im Projekt</numerusform>
            <numerusform>; %n bereits im Projekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="256"/>
        <source>Import a Port Table</source>
        <translation>Porttabelle importieren</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="269"/>
        <source>Import Components</source>
        <translation>Komponenten importieren</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="270"/>
        <source>Component lists (*.csv *.tsv *.txt *.md *.markdown);;All files (*)</source>
        <translation>Komponentenlisten (*.csv *.tsv *.txt *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="277"/>
        <source>Open or create a project to import components into.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, in das Komponenten importiert werden sollen.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="284"/>
        <source>Imported the component list: %1, %2, %3.</source>
        <translation>Komponentenliste importiert: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="287"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="299"/>
        <source> copy</source>
        <translation> Kopie</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="301"/>
        <location filename="../app/fileactions.cpp" line="306"/>
        <location filename="../app/fileactions.cpp" line="311"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="307"/>
        <source>Choose another file: this is the open project.</source>
        <translation>Wählen Sie eine andere Datei: Dies ist das geöffnete Projekt.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="314"/>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowDialog</name>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="43"/>
        <source>Edit Flow</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="43"/>
        <source>New Flow</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="48"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="55"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="59"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="62"/>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="69"/>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="73"/>
        <source>e.g. 443 or 80,443 or 30000-32767</source>
        <translation>z. B. 443 oder 80,443 oder 30000-32767</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="74"/>
        <source>P&amp;orts:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="78"/>
        <source>P&amp;urpose:</source>
        <translation>Zwec&amp;k:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="79"/>
        <source>Needed only for some deployments</source>
        <translation>Nur für manche Bereitstellungen erforderlich</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="81"/>
        <source>Op&amp;tional:</source>
        <translation>Op&amp;tional:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="85"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="93"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="93"/>
        <source>Add Flow</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="127"/>
        <source>Choose the source.</source>
        <translation>Wählen Sie die Quelle.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="128"/>
        <location filename="../views/dialogs/flowdialog.cpp" line="132"/>
        <source>There is no component named “%1”.</source>
        <translation>Es gibt keine Komponente namens „%1“.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="131"/>
        <source>Choose the destination.</source>
        <translation>Wählen Sie das Ziel.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="134"/>
        <source>Ports: %1.</source>
        <translation>Ports: %1.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="137"/>
        <source>Enter the ports (443, 80,443, 30000-32767 or any).</source>
        <translation>Geben Sie die Ports ein (443, 80,443, 30000-32767 oder any).</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowPage</name>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="28"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="37"/>
        <source>e.g. 443,8443 or 30000-32767</source>
        <translation>z. B. 443,8443 oder 30000-32767</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="40"/>
        <source>Needed only for optional features</source>
        <translation>Nur für optionale Funktionen erforderlich</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="45"/>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="46"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="48"/>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="50"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="51"/>
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="53"/>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="55"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="107"/>
        <source>Flow %1 → %2</source>
        <translation>Verbindung %1 → %2</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="140"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="192"/>
        <source>There is no component named “%1”.</source>
        <translation>Es gibt keine Komponente namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowTableModel</name>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="18"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="28"/>
        <source>%1 flows have no ports; leave the cell empty</source>
        <translation>%1-Verbindungen haben keine Ports; lassen Sie die Zelle leer</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="113"/>
        <source>Optional: the platform works without it</source>
        <translation>Optional: Die Plattform funktioniert auch ohne sie</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="149"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="151"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="153"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="155"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="157"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="159"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="161"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="163"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="218"/>
        <source>A flow needs a source and a destination.</source>
        <translation>Eine Verbindung braucht eine Quelle und ein Ziel.</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="219"/>
        <source>There is no component “%1”.</source>
        <translation>Es gibt keine Komponente „%1“.</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="231"/>
        <source>There is no product “%1”.</source>
        <translation>Es gibt kein Produkt „%1“.</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="245"/>
        <source>“%1” is not a protocol; choose one of %2.</source>
        <translation>„%1“ ist kein Protokoll; wählen Sie eines von %2.</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="258"/>
        <source>Ports not changed: %1.</source>
        <translation>Ports nicht geändert: %1.</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowsPanel</name>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="29"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="48"/>
        <source>&amp;Paste Flows</source>
        <translation>Verbindungen &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="50"/>
        <source>&amp;New Flow…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="78"/>
        <source>Deleted %n flow(s).</source>
        <translation>
            <numerusform>%n Verbindung gelöscht.</numerusform>
            <numerusform>%n Verbindungen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="93"/>
        <source>Paste Flows</source>
        <translation>Verbindungen einfügen</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="96"/>
        <source>The clipboard holds no flows to paste. Copy rows with the columns Source, Destination, Protocol, Ports and Purpose, or with a header row naming them.</source>
        <translation>Die Zwischenablage enthält keine Verbindungen zum Einfügen. Kopieren Sie Zeilen mit den Spalten Source, Destination, Protocol, Ports und Purpose oder mit einer Kopfzeile, die diese benennt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="101"/>
        <source>%n flow(s) can be pasted; some rows cannot:</source>
        <translation>
            <numerusform>%n Verbindung kann eingefügt werden; einige Zeilen nicht:</numerusform>
            <numerusform>%n Verbindungen können eingefügt werden; einige Zeilen nicht:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="103"/>
        <source>Paste %n Flow(s)</source>
        <translation>
            <numerusform>%n Verbindung einfügen</numerusform>
            <numerusform>%n Verbindungen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="108"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="116"/>
        <source>Paste %n flow(s)</source>
        <translation>
            <numerusform>%n Verbindung einfügen</numerusform>
            <numerusform>%n Verbindungen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="121"/>
        <source>Pasted %n flow(s).</source>
        <translation>
            <numerusform>%n Verbindung eingefügt.</numerusform>
            <numerusform>%n Verbindungen eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="123"/>
        <source>%n new component(s).</source>
        <translation>
            <numerusform>%n neue Komponente.</numerusform>
            <numerusform>%n neue Komponenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="126"/>
        <source>%n flow(s) were already in the project.</source>
        <translation>
            <numerusform>%n Verbindung war bereits im Projekt.</numerusform>
            <numerusform>%n Verbindungen waren bereits im Projekt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverActions</name>
    <message>
        <location filename="../app/handoveractions.cpp" line="50"/>
        <source>Export &amp;Handover Pack…</source>
        <translation>&amp;Übergabepaket exportieren…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="51"/>
        <source>&amp;Print Handover Pack…</source>
        <translation>Übergabepaket &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="54"/>
        <source>Write the current environment&apos;s handover pack as a PDF</source>
        <translation>Das Übergabepaket der aktuellen Umgebung als PDF schreiben</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="57"/>
        <source>Preview and print the current environment&apos;s handover pack</source>
        <translation>Das Übergabepaket der aktuellen Umgebung in der Vorschau anzeigen und drucken</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="135"/>
        <source>The layout engine failed (%1); the pack&apos;s diagram uses a plain arrangement.</source>
        <translation>Die Layout-Engine ist fehlgeschlagen (%1); das Diagramm des Pakets verwendet eine einfache Anordnung.</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="139"/>
        <source>Handover Pack</source>
        <translation>Übergabepaket</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="153"/>
        <source>printed as the handover pack of %1</source>
        <translation>als Übergabepaket von %1 gedruckt</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="156"/>
        <source>The baseline could not be recorded: %1</source>
        <translation>Die Baseline konnte nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="186"/>
        <source>Wrote the handover pack of %1 to %2.</source>
        <translation>Übergabepaket von %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="189"/>
        <source>Recorded baseline “%1”.</source>
        <translation>Baseline „%1“ festgehalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/handoveractions.cpp" line="192"/>
        <source>%n rule(s) have an endpoint without an address (shaded in the pack).</source>
        <translation>
            <numerusform>%n Regel hat einen Endpunkt ohne Adresse (im Paket schattiert).</numerusform>
            <numerusform>%n Regeln haben einen Endpunkt ohne Adresse (im Paket schattiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/handoveractions.cpp" line="195"/>
        <source>%n rule(s) of the pack have an endpoint without an address in %1; they are shaded in the pack. Give those components addresses in the Address Plan before the pack is handed over.</source>
        <translation>
            <numerusform>%n Regel des Pakets hat einen Endpunkt ohne Adresse in %1; sie ist im Paket schattiert. Geben Sie den betroffenen Komponenten im Adressplan Adressen, bevor das Paket übergeben wird.</numerusform>
            <numerusform>%n Regeln des Pakets haben einen Endpunkt ohne Adresse in %1; sie sind im Paket schattiert. Geben Sie den betroffenen Komponenten im Adressplan Adressen, bevor das Paket übergeben wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="216"/>
        <source>Printing failed: %1</source>
        <translation>Drucken fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="244"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="194"/>
        <location filename="../app/handoveractions.cpp" line="248"/>
        <location filename="../app/handoveractions.cpp" line="255"/>
        <location filename="../app/handoveractions.cpp" line="261"/>
        <source>Export Handover Pack</source>
        <translation>Übergabepaket exportieren</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="249"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="256"/>
        <source>Portolan writes the handover pack as a PDF (.pdf), not “%1”.</source>
        <translation>Portolan schreibt das Übergabepaket als PDF (.pdf), nicht als „%1“.</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="262"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="269"/>
        <source>Print Preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="278"/>
        <source>%1 · %2 · handover pack</source>
        <translation>%1 · %2 · Übergabepaket</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="280"/>
        <source>Handover Pack · %1</source>
        <translation>Übergabepaket · %1</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverDialog</name>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="39"/>
        <source>Record as &amp;baseline</source>
        <translation>Als &amp;Baseline festhalten</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="44"/>
        <source>Handover Pack · %1</source>
        <translation>Übergabepaket · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="48"/>
        <source>Automatic (landscape for a wide diagram)</source>
        <translation>Automatisch (Querformat für ein breites Diagramm)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="50"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="51"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="52"/>
        <source>One rule per flow</source>
        <translation>Eine Regel pro Verbindung</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="53"/>
        <source>One rule per source, destination and protocol (ports united)</source>
        <translation>Eine Regel pro Quelle, Ziel und Protokoll (Ports zusammengefasst)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="55"/>
        <source>the content fingerprint</source>
        <translation>der Inhalts-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="56"/>
        <source>Printed in the title block and at the head of every page. Left empty, the content fingerprint identifies the pack.</source>
        <translation>Wird im Titelblock und im Kopf jeder Seite gedruckt. Bleibt das Feld leer, kennzeichnet der Inhalts-Fingerabdruck das Paket.</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="58"/>
        <source>left blank to fill in by hand</source>
        <translation>leer lassen, um es von Hand auszufüllen</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="59"/>
        <source>The default is the author set in Edit → Preferences.</source>
        <translation>Standard ist der Autor aus Bearbeiten → Einstellungen.</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="62"/>
        <source>Freeze the project as a baseline of this name before the pack is written (one step Edit → Undo takes back); the title block names it.</source>
        <translation>Das Projekt vor dem Schreiben des Pakets als Baseline dieses Namens einfrieren (ein Schritt, den Bearbeiten → Rückgängig zurücknimmt); das Titelfeld nennt sie.</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="66"/>
        <source>the baseline&apos;s name (the revision by default)</source>
        <translation>Name der Baseline (standardmäßig die Revision)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="75"/>
        <source>The pack of %1: title block, the diagram with the addresses, the firewall rules, the address plan, the lint findings and a sign-off block.</source>
        <translation>Das Paket von %1: Titelblock, das Diagramm mit den Adressen, die Firewall-Regeln, der Adressplan, die Lint-Befunde und ein Freigabeblock.</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="82"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="83"/>
        <source>&amp;Diagram page:</source>
        <translation>&amp;Diagrammseite:</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="84"/>
        <source>&amp;Rules:</source>
        <translation>&amp;Regeln:</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="85"/>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;vision:</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="86"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverPrint</name>
    <message>
        <location filename="../views/handover/handoverexport.cpp" line="54"/>
        <source>zone overview</source>
        <translation>Zonenübersicht</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverexport.cpp" line="62"/>
        <source>view “%1”</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="94"/>
        <location filename="../views/handover/handoverprint.cpp" line="34"/>
        <location filename="../views/handover/handoverprint.cpp" line="136"/>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="36"/>
        <source>Network handover pack · %1</source>
        <translation>Netzwerk-Übergabepaket · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="29"/>
        <source>Rules to add</source>
        <translation>Hinzuzufügende Regeln</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="30"/>
        <source>Rules to modify</source>
        <translation>Zu ändernde Regeln</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="31"/>
        <source>Rules to remove</source>
        <translation>Zu entfernende Regeln</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="50"/>
        <source>The firewall rules to add, modify and remove in %1. A modified rule keeps its id; what changes in it is shown as before → after.</source>
        <translation>Die in %1 hinzuzufügenden, zu ändernden und zu entfernenden Firewall-Regeln. Eine geänderte Regel behält ihre ID; was sich an ihr ändert, steht als vorher → nachher.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="53"/>
        <source>the design</source>
        <translation>dem Entwurf</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="55"/>
        <source>No firewall rule changes.</source>
        <translation>Keine Änderungen an Firewall-Regeln.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="99"/>
        <source>none: rules without addresses</source>
        <translation>keine: Regeln ohne Adressen</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="109"/>
        <location filename="../views/handover/changerequestprint.cpp" line="166"/>
        <source>Change request · %1</source>
        <translation>Änderungsantrag · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="112"/>
        <location filename="../views/handover/handoverprint.cpp" line="40"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="113"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="114"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="115"/>
        <location filename="../views/handover/handoverprint.cpp" line="41"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="116"/>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="118"/>
        <source>one rule per source, destination and protocol</source>
        <translation>eine Regel je Quelle, Ziel und Protokoll</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="119"/>
        <source>one rule per flow</source>
        <translation>eine Regel je Verbindung</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="122"/>
        <source>Change number</source>
        <translation>Änderungsnummer</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="126"/>
        <source>There is no difference between %1 and %2.</source>
        <translation>Zwischen %1 und %2 gibt es keinen Unterschied.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="149"/>
        <source>Addresses and zone prefixes bound, changed or released.</source>
        <translation>Vergebene, geänderte oder freigegebene Adressen und Zonenpräfixe.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="150"/>
        <source>No address changes.</source>
        <translation>Keine Adressänderungen.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="153"/>
        <source>What changed in the design behind the rules: components, flows, zones and products, matched by identity (a rename is one change).</source>
        <translation>Was sich im Entwurf hinter den Regeln geändert hat: Komponenten, Verbindungen, Zonen und Produkte, nach Identität zugeordnet (eine Umbenennung ist eine Änderung).</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="155"/>
        <source>No design changes.</source>
        <translation>Keine Designänderungen.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="158"/>
        <source>Signed, this request asks for the changes above in %1, from %2 to %3.</source>
        <translation>Mit der Unterschrift beantragt dieses Dokument die obigen Änderungen in %1, von %2 nach %3.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="160"/>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="160"/>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="161"/>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="161"/>
        <source>Implemented by</source>
        <translation>Umgesetzt von</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="42"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="43"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="120"/>
        <location filename="../views/handover/handoverprint.cpp" line="44"/>
        <location filename="../views/handover/packblocks.cpp" line="66"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="121"/>
        <location filename="../views/handover/handoverprint.cpp" line="45"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="46"/>
        <source>Content fingerprint</source>
        <translation>Inhalts-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="124"/>
        <location filename="../views/handover/handoverprint.cpp" line="48"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="52"/>
        <source>Port diagram</source>
        <translation>Portdiagramm</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="57"/>
        <location filename="../views/handover/packblocks.cpp" line="61"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="58"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="82"/>
        <source>Signed, this pack hands revision %1 of %2 over to operations.</source>
        <translation>Mit der Unterschrift übergibt dieses Paket Revision %1 von %2 an den Betrieb.</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="65"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="66"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="140"/>
        <source>Handover pack · revision %1</source>
        <translation>Übergabepaket · Revision %1</translation>
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
        <translation>der Drucker übernimmt das Seitenlayout nicht</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="163"/>
        <source>cannot start painting on the printer or file</source>
        <translation>das Zeichnen auf dem Drucker oder in die Datei kann nicht beginnen</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="171"/>
        <source>cannot start page %1</source>
        <translation>Seite %1 kann nicht begonnen werden</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="180"/>
        <source>cannot finish the document</source>
        <translation>das Dokument kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="45"/>
        <source>Port diagram · %1</source>
        <translation>Portdiagramm · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="46"/>
        <source>Port diagram · %1 · %2</source>
        <translation>Portdiagramm · %1 · %2</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="70"/>
        <source>The project has no components to draw.</source>
        <translation>Das Projekt hat keine Komponenten zum Zeichnen.</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="76"/>
        <source>Addresses in %1 are printed under the component names.</source>
        <translation>Adressen in %1 sind unter den Komponentennamen gedruckt.</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="84"/>
        <source>The diagram is printed at %1 % in parts %2 to %3, one page each, so that every label prints at 6 pt or more; neighbouring parts overlap. This map shows where each part lies. Addresses in %4 are printed under the component names.</source>
        <translation>Das Diagramm ist mit %1 % in den Teilen %2 bis %3 gedruckt, je eine Seite, sodass jede Beschriftung mit mindestens 6 pt gedruckt wird; benachbarte Teile überlappen sich. Diese Karte zeigt, wo jeder Teil liegt. Adressen in %4 sind unter den Komponentennamen gedruckt.</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="108"/>
        <source>%1 · part %2</source>
        <translation>%1 · Teil %2</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="109"/>
        <source>Part %1 of %2, row %3, column %4 of the map.</source>
        <translation>Teil %1 von %2, Zeile %3, Spalte %4 der Karte.</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="34"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="34"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="35"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="35"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="37"/>
        <source>changes %1 → %2</source>
        <translation>Änderungen %1 → %2</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverText</name>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="23"/>
        <location filename="../model/handover/rulesheet.cpp" line="13"/>
        <source>(no address in %1)</source>
        <translation>(keine Adresse in %1)</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="25"/>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="32"/>
        <source>Firewall rules</source>
        <translation>Firewall-Regeln</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="34"/>
        <source>%1 rule(s); every source and destination has an address in %2.</source>
        <translation>%1 Regel(n); jede Quelle und jedes Ziel hat eine Adresse in %2.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="37"/>
        <source>%1 rule(s); %2 have an endpoint without an address in %3 (shaded).</source>
        <translation>%1 Regel(n); %2 davon haben einen Endpunkt ohne Adresse in %3 (schattiert).</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="41"/>
        <source>The project has no flows, so there are no rules.</source>
        <translation>Das Projekt hat keine Verbindungen, daher gibt es keine Regeln.</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="23"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="24"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="25"/>
        <location filename="../model/diff/changesheets.cpp" line="48"/>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="26"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="27"/>
        <source>parent zone</source>
        <translation>übergeordnete Zone</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="28"/>
        <location filename="../model/diff/changesheets.cpp" line="47"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="29"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="30"/>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="31"/>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="32"/>
        <location filename="../model/diff/changesheets.cpp" line="229"/>
        <source>ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="33"/>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="35"/>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="36"/>
        <source>prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="37"/>
        <source>source addresses</source>
        <translation>Quelladressen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="39"/>
        <source>destination addresses</source>
        <translation>Zieladressen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="49"/>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="50"/>
        <source>flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="51"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="52"/>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="53"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="74"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="75"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="76"/>
        <location filename="../model/diff/changesheets.cpp" line="83"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="81"/>
        <source>bound</source>
        <translation>vergeben</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="82"/>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="97"/>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="133"/>
        <source>widened by %1</source>
        <translation>erweitert um %1</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="138"/>
        <source>narrowed by %1</source>
        <translation>eingeschränkt um %1</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="182"/>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="183"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="184"/>
        <source>modify</source>
        <translation>ändern</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="217"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="218"/>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="219"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="222"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="223"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="224"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="225"/>
        <location filename="../model/diff/changesheets.cpp" line="279"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="230"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="231"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="233"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="200"/>
        <source>Rules to add</source>
        <translation>Hinzuzufügende Regeln</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="202"/>
        <source>Rules to remove</source>
        <translation>Zu entfernende Regeln</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="204"/>
        <source>Rules to modify</source>
        <translation>Zu ändernde Regeln</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="206"/>
        <location filename="../model/diff/changesheets.cpp" line="278"/>
        <source>Address changes</source>
        <translation>Adressänderungen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="208"/>
        <location filename="../model/diff/changesheets.cpp" line="300"/>
        <source>Design changes</source>
        <translation>Designänderungen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="243"/>
        <source>Rule changes</source>
        <translation>Regeländerungen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="244"/>
        <location filename="../model/diff/changesheets.cpp" line="282"/>
        <location filename="../model/diff/changesheets.cpp" line="301"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="245"/>
        <location filename="../model/handover/handoverpack.cpp" line="42"/>
        <location filename="../model/handover/rulesheet.cpp" line="46"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="246"/>
        <location filename="../model/handover/handoverpack.cpp" line="43"/>
        <location filename="../model/handover/rulesheet.cpp" line="48"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="248"/>
        <location filename="../model/handover/handoverpack.cpp" line="44"/>
        <location filename="../model/handover/rulesheet.cpp" line="51"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="254"/>
        <source>Change number</source>
        <translation>Änderungsnummer</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="255"/>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="256"/>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="257"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="280"/>
        <location filename="../model/diff/changesheets.cpp" line="302"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="283"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="284"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="304"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="45"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="252"/>
        <location filename="../model/handover/handoverpack.cpp" line="46"/>
        <location filename="../model/handover/rulesheet.cpp" line="56"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="34"/>
        <location filename="../model/handover/handoverpack.cpp" line="50"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="53"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="57"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="60"/>
        <source>No product</source>
        <translation>Kein Produkt</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="69"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="19"/>
        <source>Address plan</source>
        <translation>Adressplan</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="71"/>
        <source>No component has an address in %1 yet.</source>
        <translation>Noch keine Komponente hat eine Adresse in %1.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="72"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="20"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="73"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="21"/>
        <source>Kind</source>
        <translation>Art</translation>
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
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="95"/>
        <source>%1 of %2 component(s) have addresses in %3.</source>
        <translation>%1 von %2 Komponente(n) haben Adressen in %3.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="100"/>
        <source>Without one: %1.</source>
        <translation>Ohne Adresse: %1.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="109"/>
        <location filename="../model/handover/handoverpack.cpp" line="216"/>
        <source>Zone prefixes</source>
        <translation>Zonenpräfixe</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="110"/>
        <source>No zone has a prefix in %1.</source>
        <translation>Keine Zone hat ein Präfix in %1.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="112"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="113"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="114"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="281"/>
        <location filename="../model/diff/changesheets.cpp" line="303"/>
        <location filename="../model/handover/handoverpack.cpp" line="115"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="130"/>
        <location filename="../model/handover/handoverpack.cpp" line="217"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="31"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="132"/>
        <source>What portolan lint reports for the design and the addresses of %1.</source>
        <translation>Was portolan lint zum Entwurf und zu den Adressen von %1 meldet.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="134"/>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="135"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="32"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="135"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="32"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="165"/>
        <source>%1 error(s), %2 warning(s), %3 info</source>
        <translation>%1 Fehler, %2 Warnung(en), %3 Info</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="195"/>
        <source>%1, frozen %2</source>
        <translation>%1, eingefroren am %2</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="198"/>
        <source>none: the working design</source>
        <translation>keine: der aktuelle Entwurf</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="201"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="202"/>
        <source>Flows</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="203"/>
        <location filename="../model/handover/rulesheet.cpp" line="45"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="204"/>
        <source>%1, all resolved</source>
        <translation>%1, alle aufgelöst</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="205"/>
        <source>%1, %2 with an endpoint without an address</source>
        <translation>%1, davon %2 mit einem Endpunkt ohne Adresse</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="227"/>
        <location filename="../model/handover/handoverpack.cpp" line="208"/>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="210"/>
        <source>none: one rule per flow</source>
        <translation>keine: eine Regel pro Verbindung</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="211"/>
        <source>ports: one rule per source, destination and protocol</source>
        <translation>Ports: eine Regel pro Quelle, Ziel und Protokoll</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="212"/>
        <source>Addressed components</source>
        <translation>Komponenten mit Adresse</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="213"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="220"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="220"/>
        <source>Reviewed by (network)</source>
        <translation>Geprüft von (Netzwerk)</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="221"/>
        <source>Accepted by (operations)</source>
        <translation>Abgenommen von (Betrieb)</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="90"/>
        <location filename="../model/handover/rulesheet.cpp" line="20"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="29"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="32"/>
        <source>unresolved source and destination</source>
        <translation>Quelle und Ziel nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="33"/>
        <source>unresolved destination</source>
        <translation>Ziel nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="34"/>
        <source>unresolved source</source>
        <translation>Quelle nicht aufgelöst</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="253"/>
        <location filename="../model/handover/rulesheet.cpp" line="47"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="49"/>
        <source>Source zone</source>
        <translation>Quellzone</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="247"/>
        <location filename="../model/handover/rulesheet.cpp" line="50"/>
        <source>Source addresses</source>
        <translation>Quelladressen</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="52"/>
        <source>Destination zone</source>
        <translation>Zielzone</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="249"/>
        <location filename="../model/handover/rulesheet.cpp" line="53"/>
        <source>Destination addresses</source>
        <translation>Zieladressen</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="250"/>
        <location filename="../model/handover/rulesheet.cpp" line="54"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
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
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="58"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="67"/>
        <source>yes</source>
        <translation>ja</translation>
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
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="27"/>
        <source>How to draw, plan addresses, export rules and hand over, illustrated</source>
        <translation>Bebilderte Anleitung: zeichnen, Adressen planen, Regeln exportieren und übergeben</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="30"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="32"/>
        <source>Every shortcut and mouse gesture, by menu</source>
        <translation>Alle Tastenkürzel und Mausgesten, nach Menüs geordnet</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="34"/>
        <source>&amp;About Portolan</source>
        <translation>Ü&amp;ber Portolan</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="37"/>
        <source>Portolan&apos;s version, and the libraries it is built on</source>
        <translation>Die Version von Portolan und die Bibliotheken, auf denen es aufbaut</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="39"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="41"/>
        <source>The version and licence of the Qt toolkit</source>
        <translation>Version und Lizenz des Qt-Toolkits</translation>
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
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="83"/>
        <source>BSD 2-Clause</source>
        <translation>BSD 2-Clause</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="89"/>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Port diagrams, address plans and firewall rules from one model of a platform&apos;s components and flows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Portdiagramme, Adresspläne und Firewall-Regeln aus einem einzigen Modell der Komponenten und Verbindungen einer Plattform.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="92"/>
        <source>&lt;p&gt;Built on:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Basiert auf:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="97"/>
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
</context>
<context>
    <name>Portolan::HintPage</name>
    <message>
        <location filename="../views/inspector/hintpage.cpp" line="14"/>
        <source>Select a component or a flow to see and edit it here.</source>
        <translation>Wählen Sie eine Komponente oder eine Verbindung aus, um sie hier anzuzeigen und zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>Portolan::ImportPreviewDialog</name>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="50"/>
        <source>Import Flows</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="77"/>
        <source>Flows from %1</source>
        <translation>Verbindungen aus %1</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="89"/>
        <source>The file&apos;s name: %1</source>
        <translation>Der Dateiname: %1</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="90"/>
        <source>Each file&apos;s name</source>
        <translation>Der Name jeder Datei</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="92"/>
        <source>The product of rows whose table has no product column or an empty product cell.</source>
        <translation>Das Produkt von Zeilen, deren Tabelle keine Produktspalte oder eine leere Produktzelle hat.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="94"/>
        <source>&amp;Default product:</source>
        <translation>&amp;Standardprodukt:</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="111"/>
        <source>Products and components in bold are new: the import creates them. A warning sign marks a line the importer warns about.</source>
        <translation>Fett gesetzte Produkte und Komponenten sind neu: Der Import legt sie an. Ein Warnzeichen markiert eine Zeile, zu der der Import warnt.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="114"/>
        <source>Warnings and errors:</source>
        <translation>Warnungen und Fehler:</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="116"/>
        <source>Click a warning to select the flows made from its line.</source>
        <translation>Klicken Sie auf eine Warnung, um die Flüsse aus ihrer Zeile auszuwählen.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="122"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="223"/>
        <source>Nothing can be imported.</source>
        <translation>Nichts kann importiert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="227"/>
        <source>%n flow to add</source>
        <translation>
            <numerusform>%n Verbindung hinzuzufügen</numerusform>
            <numerusform>%n Verbindungen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="228"/>
        <source>%n flows to add</source>
        <translation>
            <numerusform>%n Verbindung hinzuzufügen</numerusform>
            <numerusform>%n Verbindungen hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="230"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n bereits im Projekt</numerusform>
            <numerusform>%n bereits im Projekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="234"/>
        <source>%n new component</source>
        <translation>
            <numerusform>%n neue Komponente</numerusform>
            <numerusform>%n neue Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="235"/>
        <source>%n new components</source>
        <translation>
            <numerusform>%n neue Komponente</numerusform>
            <numerusform>%n neue Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="239"/>
        <source>%n new product</source>
        <translation>
            <numerusform>%n neues Produkt</numerusform>
            <numerusform>%n neue Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="240"/>
        <source>%n new products</source>
        <translation>
            <numerusform>%n neues Produkt</numerusform>
            <numerusform>%n neue Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="247"/>
        <source>%n warning to read below</source>
        <translation>
            <numerusform>%n Warnung, unten zu lesen</numerusform>
            <numerusform>%n Warnungen, unten zu lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="248"/>
        <source>%n warnings to read below</source>
        <translation>
            <numerusform>%n Warnung, unten zu lesen</numerusform>
            <numerusform>%n Warnungen, unten zu lesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="255"/>
        <source>The project was closed.</source>
        <translation>Das Projekt wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="257"/>
        <source>Nothing can be imported while %1 cannot be read: see the errors above.</source>
        <translation>Nichts kann importiert werden, solange %1 nicht gelesen werden kann: siehe die Fehler oben.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="261"/>
        <source>The files cannot be imported: %1.</source>
        <translation>Die Dateien können nicht importiert werden: %1.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="264"/>
        <source>Nothing to import: every flow in the files is already in the project.</source>
        <translation>Nichts zu importieren: Jede Verbindung in den Dateien ist bereits im Projekt.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="265"/>
        <source>Nothing to import: the files hold no flows.</source>
        <translation>Nichts zu importieren: Die Dateien enthalten keine Verbindungen.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="276"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="277"/>
        <source>Import %1 and %n other file(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Datei importieren</numerusform>
            <numerusform>%1 und %n weitere Dateien importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ImportPreviewModel</name>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="77"/>
        <source>New product “%1”: the import creates it.</source>
        <translation>Neues Produkt „%1“: Der Import legt es an.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="78"/>
        <source>New component “%1”: the import creates it.</source>
        <translation>Neue Komponente „%1“: Der Import legt sie an.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="82"/>
        <source>Optional: the table marks it “(optional)”.</source>
        <translation>Optional: Die Tabelle kennzeichnet ihn mit „(optional)“.</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="86"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="142"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Portolan::JsonExporter</name>
    <message>
        <location filename="../views/export/jsonexporter.cpp" line="44"/>
        <source>Geometry as JSON</source>
        <translation>Geometrie als JSON</translation>
    </message>
</context>
<context>
    <name>Portolan::LintPanel</name>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="56"/>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="58"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="58"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="71"/>
        <source>Click a finding to select what it is about</source>
        <translation>Klicken Sie auf einen Befund, um auszuwählen, worauf er sich bezieht</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="166"/>
        <source>The catalogue of well-known services could not be read: %1</source>
        <translation>Der Katalog bekannter Dienste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="168"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
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
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="173"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="174"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="175"/>
        <source>design and the %1 address plan</source>
        <translation>Design und der Adressplan von %1</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="177"/>
        <source>design only (no environment)</source>
        <translation>nur Design (keine Umgebung)</translation>
    </message>
</context>
<context>
    <name>Portolan::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="123"/>
        <source>Layout failed: %1</source>
        <translation>Layout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Showing the whole project</source>
        <translation>Das ganze Projekt wird angezeigt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>Language, theme, author, paper and diagram defaults</source>
        <translation>Sprache, Farbschema, Autor, Papier und Standardwerte für Diagramme</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="240"/>
        <source>Show or hide the %1 tool bar</source>
        <translation>Symbolleiste „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246"/>
        <source>Show or hide the %1 panel</source>
        <translation>Bereich „%1“ ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>E&amp;nvironment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>%1 · baseline “%2”</source>
        <translation>%1 · Baseline „%2“</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="338"/>
        <source>%1 (read-only) — Portolan</source>
        <translation>%1 (schreibgeschützt) — Portolan</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="339"/>
        <source>%1 — Portolan</source>
        <translation>%1 — Portolan</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="350"/>
        <source>%L1 products · %L2 zones · %L3 components · %L4 flows</source>
        <translation>%L1 Produkte · %L2 Zonen · %L3 Komponenten · %L4 Verbindungen</translation>
    </message>
</context>
<context>
    <name>Portolan::MultiPage</name>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="21"/>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="23"/>
        <source>Move to Zone</source>
        <translation>In Zone verschieben</translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="27"/>
        <source>Double-click one to inspect it alone</source>
        <translation>Doppelklicken Sie auf ein Element, um es einzeln zu untersuchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="70"/>
        <source>%n component(s) selected</source>
        <translation>
            <numerusform>%n Komponente ausgewählt</numerusform>
            <numerusform>%n Komponenten ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="73"/>
        <source>%n flow(s) selected</source>
        <translation>
            <numerusform>%n Verbindung ausgewählt</numerusform>
            <numerusform>%n Verbindungen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="76"/>
        <source>%n zone(s) selected</source>
        <translation>
            <numerusform>%n Zone ausgewählt</numerusform>
            <numerusform>%n Zonen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="79"/>
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>%n Produkt ausgewählt</numerusform>
            <numerusform>%n Produkte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="95"/>
        <source>(no zone)</source>
        <translation>(keine Zone)</translation>
    </message>
</context>
<context>
    <name>Portolan::PackLayout</name>
    <message>
        <location filename="../views/handover/packlayout.cpp" line="223"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>Portolan::PdfExporter</name>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="20"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="84"/>
        <source>Printed at %1 % in parts %2 to %3, one page each, so that labels print at 6 pt or more; neighbouring parts overlap.</source>
        <translation>Gedruckt mit %1 % in den Teilen %2 bis %3, je eine Seite, sodass Beschriftungen mit mindestens 6 pt gedruckt werden; benachbarte Teile überlappen sich.</translation>
    </message>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="106"/>
        <source>Part %1 (row %2, column %3) · %4</source>
        <translation>Teil %1 (Zeile %2, Spalte %3) · %4</translation>
    </message>
</context>
<context>
    <name>Portolan::PngExporter</name>
    <message>
        <location filename="../views/export/pngexporter.cpp" line="26"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
</context>
<context>
    <name>Portolan::PortsDelegate</name>
    <message>
        <location filename="../views/tables/portsdelegate.cpp" line="23"/>
        <source>e.g. 443 or 8080,8443 or 30000-32767</source>
        <translation>z. B. 443 oder 8080,8443 oder 30000-32767</translation>
    </message>
    <message>
        <location filename="../views/tables/portsdelegate.cpp" line="24"/>
        <source>%1 flows have no ports</source>
        <translation>%1-Verbindungen haben keine Ports</translation>
    </message>
</context>
<context>
    <name>Portolan::PreferencesDialog</name>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="48"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="51"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="52"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="53"/>
        <source>Exports and Handover</source>
        <translation>Exporte und Übergabe</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="68"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="75"/>
        <source>Numbers and dates follow the language. A new language is used from the next start.</source>
        <translation>Zahlen und Datumsangaben richten sich nach der Sprache. Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="79"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="80"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="81"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="82"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="85"/>
        <source>&amp;Recent projects kept:</source>
        <translation>Anzahl zuletzt geöffneter &amp;Projekte:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="94"/>
        <source>&amp;Show addresses under component names</source>
        <translation>&amp;Adressen unter Komponentennamen anzeigen</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="96"/>
        <source>As View → Show Addresses: the addresses of the environment chosen in the tool bar.</source>
        <translation>Wie Ansicht → Adressen anzeigen: die Adressen der in der Symbolleiste gewählten Umgebung.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="100"/>
        <source>Orthogonal</source>
        <translation>Rechtwinklig</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="101"/>
        <source>Curved</source>
        <translation>Geschwungen</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="102"/>
        <source>&amp;Edge style of new projects:</source>
        <translation>&amp;Kantenstil neuer Projekte:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="118"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="127"/>
        <source>Default &amp;paper:</source>
        <translation>Standard&amp;papier:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="128"/>
        <source>The sheet of diagram PDFs and handover packs until Export Diagram… or the pack&apos;s dialog remembers another.</source>
        <translation>Das Blatt für Diagramm-PDFs und Übergabepakete, bis Diagramm exportieren… oder der Dialog des Pakets sich ein anderes merkt.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="120"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="104"/>
        <source>Left to right</source>
        <translation>Von links nach rechts</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="105"/>
        <source>Top to bottom</source>
        <translation>Von oben nach unten</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="106"/>
        <source>&amp;Layout direction of new projects:</source>
        <translation>&amp;Layout-Richtung neuer Projekte:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="107"/>
        <source>A project keeps its own edge style and direction: View → Edge Style and View → Layout Direction change them.</source>
        <translation>Ein Projekt behält seinen eigenen Kantenstil und seine Richtung: Ansicht → Kantenstil und Ansicht → Layout-Richtung ändern sie.</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="121"/>
        <source>Printed in the title block and the sign-off of every handover pack, from the window and from portolan handover.</source>
        <translation>Wird im Titelblock und in der Freigabe jedes Übergabepakets gedruckt, aus dem Fenster und über portolan handover.</translation>
    </message>
    <message>
        <location filename="../app/preferences.cpp" line="171"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/preferences.cpp" line="172"/>
        <source>Portolan will speak the chosen language the next time it starts.</source>
        <translation>Portolan verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductList</name>
    <message>
        <location filename="../views/zones/productlist.cpp" line="27"/>
        <source>Add Product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="28"/>
        <location filename="../views/zones/productlist.cpp" line="125"/>
        <source>Delete Product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="29"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="46"/>
        <source>Delete the selected product; its flows stay, without a product</source>
        <translation>Das ausgewählte Produkt löschen; seine Verbindungen bleiben erhalten, ohne Produkt</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="50"/>
        <source>Choose the colour of the selected product&apos;s flows</source>
        <translation>Die Farbe der Verbindungen des ausgewählten Produkts wählen</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="103"/>
        <source>New product %1</source>
        <translation>Neues Produkt %1</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="126"/>
        <source>Delete the product “%1”?</source>
        <translation>Das Produkt „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/zones/productlist.cpp" line="131"/>
        <source>%n flow(s) belong to it. They stay in the project, without a product.</source>
        <translation>
            <numerusform>%n Verbindung gehört dazu. Sie bleibt im Projekt, ohne Produkt.</numerusform>
            <numerusform>%n Verbindungen gehören dazu. Sie bleiben im Projekt, ohne Produkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="152"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductModel</name>
    <message>
        <location filename="../views/zones/productmodel.cpp" line="18"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../views/zones/productmodel.cpp" line="18"/>
        <source>Flows</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductPage</name>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="27"/>
        <source>Choose the colour of this product&apos;s flows</source>
        <translation>Die Farbe der Verbindungen dieses Produkts wählen</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="29"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="31"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="32"/>
        <source>Flows:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="64"/>
        <source>Product “%1”</source>
        <translation>Produkt „%1“</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="69"/>
        <source>%1 (automatic)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/productpage.cpp" line="71"/>
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="91"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
</context>
<context>
    <name>Portolan::ProjectDocument</name>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="47"/>
        <source>Change prefix %1 of “%2”</source>
        <translation>Präfix %1 von „%2“ ändern</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="48"/>
        <source>Add prefix %1 to “%2”</source>
        <translation>Präfix %1 zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="60"/>
        <source>Delete prefix %1 of “%2”</source>
        <translation>Präfix %1 von „%2“ löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="63"/>
        <source>Delete %n zone prefix(es)</source>
        <translation>
            <numerusform>%n Zonenpräfix löschen</numerusform>
            <numerusform>%n Zonenpräfixe löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="89"/>
        <source>Clear the addresses of %n component(s)</source>
        <translation>
            <numerusform>Adressen von %n Komponente löschen</numerusform>
            <numerusform>Adressen von %n Komponenten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="110"/>
        <source>Allocate addresses to %n component(s)</source>
        <translation>
            <numerusform>Adressen an %n Komponente vergeben</numerusform>
            <numerusform>Adressen an %n Komponenten vergeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="123"/>
        <source>Import an address plan (%n address(es))</source>
        <translation>
            <numerusform>Adressplan importieren (%n Adresse)</numerusform>
            <numerusform>Adressplan importieren (%n Adressen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="74"/>
        <source>Set the addresses of “%1”</source>
        <translation>Adressen von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="87"/>
        <source>Clear the addresses of “%1”</source>
        <translation>Adressen von „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="107"/>
        <source>Allocate %1 to “%2”</source>
        <translation>%1 an „%2“ vergeben</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="20"/>
        <source>Add component “%1”</source>
        <translation>Komponente „%1“ hinzufügen</translation>
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
        <translation>Es gibt keine Komponente %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="32"/>
        <source>Rename component to “%1”</source>
        <translation>Komponente in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="44"/>
        <source>Make “%1” a %2</source>
        <translation>Art von „%1“ auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="55"/>
        <source>Edit notes of “%1”</source>
        <translation>Notizen von „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="62"/>
        <location filename="../model/document/documentdrawing.cpp" line="103"/>
        <location filename="../model/document/documentedits.cpp" line="187"/>
        <location filename="../model/document/documentedits.cpp" line="198"/>
        <location filename="../model/document/documentedits.cpp" line="211"/>
        <location filename="../model/document/documentedits.cpp" line="222"/>
        <source>There is no zone %1.</source>
        <translation>Es gibt keine Zone %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="75"/>
        <source>Move %n component(s) to zone “%1”</source>
        <translation>
            <numerusform>%n Komponente in Zone „%1“ verschieben</numerusform>
            <numerusform>%n Komponenten in Zone „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="77"/>
        <source>Take %n component(s) out of their zone</source>
        <translation>
            <numerusform>%n Komponente aus ihrer Zone nehmen</numerusform>
            <numerusform>%n Komponenten aus ihrer Zone nehmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="95"/>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="96"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>%n Komponente verschieben</numerusform>
            <numerusform>%n Komponenten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="113"/>
        <source>Unpin %n component(s)</source>
        <translation>
            <numerusform>Fixierung von %n Komponente aufheben</numerusform>
            <numerusform>Fixierung von %n Komponenten aufheben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="131"/>
        <source>Flows can only move to a component that stays.</source>
        <translation>Verbindungen können nur zu einer Komponente verschoben werden, die bestehen bleibt.</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="181"/>
        <source>Delete component “%1”</source>
        <translation>Komponente „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="183"/>
        <source>Delete %n component(s)</source>
        <translation>
            <numerusform>%n Komponente löschen</numerusform>
            <numerusform>%n Komponenten löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="185"/>
        <source>%1, its flows to “%2”</source>
        <translation>%1, Verbindungen zu „%2“ verschieben</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="200"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="201"/>
        <source>Merge %n component(s) into “%1”</source>
        <translation>
            <numerusform>%n Komponente in „%1“ zusammenführen</numerusform>
            <numerusform>%n Komponenten in „%1“ zusammenführen</numerusform>
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
        <translation>Es gibt keine Ansicht %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="36"/>
        <source>Reset layout of “%1”</source>
        <translation>Layout von „%1“ zurücksetzen</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="43"/>
        <source>Reset layout</source>
        <translation>Layout zurücksetzen</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="81"/>
        <source>The view does not show component %1.</source>
        <translation>Die Ansicht zeigt die Komponente %1 nicht.</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="94"/>
        <source>Move “%1” in “%2”</source>
        <translation>„%1“ in „%2“ verschieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentdrawing.cpp" line="95"/>
        <source>Move %n component(s) in “%1”</source>
        <translation>
            <numerusform>%n Komponente in „%1“ verschieben</numerusform>
            <numerusform>%n Komponenten in „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="104"/>
        <source>Collapse zone “%1”</source>
        <translation>Zone „%1“ zuklappen</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="105"/>
        <source>Expand zone “%1”</source>
        <translation>Zone „%1“ aufklappen</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="143"/>
        <source>Draw edges curved</source>
        <translation>Kanten geschwungen zeichnen</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="143"/>
        <source>Draw edges at right angles</source>
        <translation>Kanten rechtwinklig zeichnen</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="144"/>
        <source>Group flows by zone</source>
        <translation>Verbindungen nach Zone gruppieren</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="144"/>
        <source>Draw every flow&apos;s own edge</source>
        <translation>Jede Verbindung mit eigener Kante zeichnen</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="159"/>
        <source>Lay out top to bottom</source>
        <translation>Von oben nach unten anordnen</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="159"/>
        <source>Lay out left to right</source>
        <translation>Von links nach rechts anordnen</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="48"/>
        <source>Change the product of flow %1</source>
        <translation>Produkt von Verbindung %1 ändern</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="51"/>
        <source>Change the source of flow %1</source>
        <translation>Quelle von Verbindung %1 ändern</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="54"/>
        <source>Change the destination of flow %1</source>
        <translation>Ziel von Verbindung %1 ändern</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="57"/>
        <source>Change the protocol of flow %1</source>
        <translation>Protokoll von Verbindung %1 ändern</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="60"/>
        <source>Change the ports of flow %1</source>
        <translation>Ports von Verbindung %1 ändern</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="63"/>
        <source>Change the purpose of flow %1</source>
        <translation>Zweck von Verbindung %1 ändern</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="66"/>
        <source>Change whether flow %1 is optional</source>
        <translation>Ändern, ob Verbindung %1 optional ist</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="69"/>
        <source>Edit the notes of flow %1</source>
        <translation>Notizen von Verbindung %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="72"/>
        <location filename="../model/document/documentedits.cpp" line="107"/>
        <source>Edit flow %1</source>
        <translation>Verbindung %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="89"/>
        <source>Add flow %1</source>
        <translation>Verbindung %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="98"/>
        <location filename="../model/document/documentedits.cpp" line="117"/>
        <source>There is no flow %1.</source>
        <translation>Es gibt keine Verbindung %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="121"/>
        <source>Delete flow %1</source>
        <translation>Verbindung %1 löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentedits.cpp" line="122"/>
        <source>Delete %n flow(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="151"/>
        <source>%1 cannot be imported.</source>
        <translation>%1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="154"/>
        <source>%1 changes nothing in the project.</source>
        <translation>%1 ändert nichts am Projekt.</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="164"/>
        <source>Import components from %1</source>
        <translation>Komponenten aus %1 importieren</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="178"/>
        <source>Add zone “%1”</source>
        <translation>Zone „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="190"/>
        <source>Rename zone to “%1”</source>
        <translation>Zone in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="202"/>
        <source>Move zone “%1” into “%2”</source>
        <translation>Zone „%1“ in „%2“ verschieben</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="203"/>
        <source>Move zone “%1” to the top level</source>
        <translation>Zone „%1“ auf die oberste Ebene verschieben</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="214"/>
        <source>Edit notes of zone “%1”</source>
        <translation>Notizen der Zone „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="241"/>
        <source>Delete zone “%1”</source>
        <translation>Zone „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="252"/>
        <source>Add product “%1”</source>
        <translation>Produkt „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="261"/>
        <location filename="../model/document/documentedits.cpp" line="272"/>
        <location filename="../model/document/documentedits.cpp" line="283"/>
        <source>There is no product %1.</source>
        <translation>Es gibt kein Produkt %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="264"/>
        <source>Rename product to “%1”</source>
        <translation>Produkt in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="275"/>
        <source>Change the colour of “%1”</source>
        <translation>Farbe von „%1“ ändern</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="293"/>
        <source>Delete product “%1”</source>
        <translation>Produkt „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="13"/>
        <source>Add environment “%1”</source>
        <translation>Umgebung „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="22"/>
        <location filename="../model/document/documentenvironments.cpp" line="35"/>
        <location filename="../model/document/documentenvironments.cpp" line="59"/>
        <source>There is no environment %1.</source>
        <translation>Es gibt keine Umgebung %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="27"/>
        <source>Rename environment to “%1”</source>
        <translation>Umgebung in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="49"/>
        <source>Duplicate environment “%1” as “%2”</source>
        <translation>Umgebung „%1“ als „%2“ duplizieren</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="66"/>
        <source>Delete environment “%1”</source>
        <translation>Umgebung „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="29"/>
        <source>Add view “%1”</source>
        <translation>Ansicht „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="39"/>
        <source>Rename view to “%1”</source>
        <translation>Ansicht in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="49"/>
        <source>Change what view “%1” shows</source>
        <translation>Ändern, was Ansicht „%1“ zeigt</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="60"/>
        <source>Draw view “%1” as zones</source>
        <translation>Ansicht „%1“ als Zonen zeichnen</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="61"/>
        <source>Draw view “%1” as components</source>
        <translation>Ansicht „%1“ als Komponenten zeichnen</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="75"/>
        <source>Print view “%1” in the handover pack</source>
        <translation>Ansicht „%1“ im Übergabepaket drucken</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="76"/>
        <source>Leave view “%1” out of the handover pack</source>
        <translation>Ansicht „%1“ nicht ins Übergabepaket aufnehmen</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="103"/>
        <source>Duplicate view “%1” as “%2”</source>
        <translation>Ansicht „%1“ als „%2“ duplizieren</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="115"/>
        <source>Delete view “%1”</source>
        <translation>Ansicht „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="140"/>
        <source>Move view “%1”</source>
        <translation>Ansicht „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="25"/>
        <source>Create baseline “%1”</source>
        <translation>Baseline „%1“ anlegen</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="34"/>
        <location filename="../model/document/documentbaselines.cpp" line="43"/>
        <location filename="../model/document/documentbaselines.cpp" line="52"/>
        <source>There is no baseline %1.</source>
        <translation>Es gibt keine Baseline %1.</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="36"/>
        <source>Rename baseline to “%1”</source>
        <translation>Baseline in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="45"/>
        <source>Edit the note of baseline “%1”</source>
        <translation>Notiz der Baseline „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="61"/>
        <source>Delete baseline “%1”</source>
        <translation>Baseline „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Portolan::RecentFiles</name>
    <message>
        <location filename="../app/recentfiles.cpp" line="82"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="86"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="87"/>
        <source>Forget the recent projects (the files stay)</source>
        <translation>Die Liste zuletzt geöffneter Projekte leeren (die Dateien bleiben erhalten)</translation>
    </message>
</context>
<context>
    <name>Portolan::RulesExportAction</name>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="24"/>
        <source>Export Firewall &amp;Rules…</source>
        <translation>Firewall-&amp;Regeln exportieren…</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="27"/>
        <source>Write the current environment&apos;s firewall rules as a spreadsheet</source>
        <translation>Die Firewall-Regeln der aktuellen Umgebung als Tabelle schreiben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="51"/>
        <source>Wrote %n rule(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n Regel von %1 nach %2 geschrieben.</numerusform>
            <numerusform>%n Regeln von %1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="55"/>
        <source>%n have an endpoint without an address (marked in the Status column).</source>
        <translation>
            <numerusform>%n hat einen Endpunkt ohne Adresse (in der Spalte Status markiert).</numerusform>
            <numerusform>%n haben einen Endpunkt ohne Adresse (in der Spalte Status markiert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="59"/>
        <source>%n of the %1 rules of %2 cannot be requested as they are: an endpoint has no address in this environment. They are marked in the Status column; give those components addresses in the Address Plan.</source>
        <translation>
            <numerusform>%n von %1 Regeln von %2 kann nicht unverändert beantragt werden: Ein Endpunkt hat in dieser Umgebung keine Adresse. Sie ist in der Spalte Status markiert; geben Sie den betroffenen Komponenten im Adressplan Adressen.</numerusform>
            <numerusform>%n von %1 Regeln von %2 können nicht unverändert beantragt werden: Ein Endpunkt hat in dieser Umgebung keine Adresse. Sie sind in der Spalte Status markiert; geben Sie den betroffenen Komponenten im Adressplan Adressen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="75"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
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
        <translation>Firewall-Regeln exportieren</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="88"/>
        <source>Portolan writes rules as .xlsx or .csv, not “%1”.</source>
        <translation>Portolan schreibt Regeln als .xlsx oder .csv, nicht als „%1“.</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="92"/>
        <source>One rule per flow</source>
        <translation>Eine Regel pro Verbindung</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="93"/>
        <source>One rule per source, destination and protocol (ports united)</source>
        <translation>Eine Regel pro Quelle, Ziel und Protokoll (Ports zusammengefasst)</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="97"/>
        <source>Rules:</source>
        <translation>Regeln:</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="104"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Portolan::ShortcutsDialog</name>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="61"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="63"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="63"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="80"/>
        <source>On the diagram</source>
        <translation>Im Diagramm</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="86"/>
        <source>Draw a flow</source>
        <translation>Verbindung zeichnen</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="86"/>
        <source>Shift+drag from one component to another</source>
        <translation>Shift+Ziehen von einer Komponente zu einer anderen</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="87"/>
        <source>Add a component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="87"/>
        <source>Double-click empty space</source>
        <translation>Doppelklick auf eine freie Stelle</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="88"/>
        <source>Edit a component or flow</source>
        <translation>Komponente oder Verbindung bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="88"/>
        <source>Double-click it</source>
        <translation>Doppelklick darauf</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="89"/>
        <source>Move to the next component</source>
        <translation>Zur nächsten Komponente wechseln</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="89"/>
        <source>Tab, Shift+Tab, or the arrow keys</source>
        <translation>Tab, Shift+Tab oder die Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="90"/>
        <source>Leave the diagram</source>
        <translation>Diagramm verlassen</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="90"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="91"/>
        <source>Centre on the selection</source>
        <translation>Auswahl zentrieren</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="91"/>
        <source>Space or Enter</source>
        <translation>Leertaste oder Enter</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="92"/>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="92"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="93"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="93"/>
        <source>+ and −, or Ctrl+wheel</source>
        <translation>+ und − oder Ctrl+Mausrad</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="94"/>
        <source>Scroll</source>
        <translation>Blättern</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="94"/>
        <source>Wheel, Shift+wheel</source>
        <translation>Mausrad, Shift+Mausrad</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="104"/>
        <source>Find an action or a key</source>
        <translation>Aktion oder Taste suchen</translation>
    </message>
</context>
<context>
    <name>Portolan::StartPage</name>
    <message>
        <location filename="../views/start/startpage.cpp" line="54"/>
        <source>Port diagrams, address plans and firewall rules from one model of a platform&apos;s components and flows. There is no Save: every change is kept in the project file at once.</source>
        <translation>Portdiagramme, Adresspläne und Firewall-Regeln aus einem einzigen Modell der Komponenten und Verbindungen einer Plattform. Einen Befehl „Speichern“ gibt es nicht: Jede Änderung wird sofort in der Projektdatei festgehalten.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="61"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="63"/>
        <source>Open the TKO Sample…</source>
        <translation>TKO-Beispiel öffnen…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="64"/>
        <source>VMware Tanzu for Kubernetes Operations: its zones, components and flows, saved as a new project you can change.</source>
        <translation>VMware Tanzu for Kubernetes Operations: Zonen, Komponenten und Verbindungen, gespeichert als neues Projekt, das Sie ändern können.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="69"/>
        <source>Import a Port Table…</source>
        <translation>Porttabelle importieren…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="70"/>
        <source>A markdown or CSV table of flows becomes a new project, after a preview.</source>
        <translation>Eine Markdown- oder CSV-Tabelle mit Verbindungen wird nach einer Vorschau zu einem neuen Projekt.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="73"/>
        <source>New Empty Project…</source>
        <translation>Neues leeres Projekt…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="74"/>
        <source>Draw components and flows on the diagram from the start.</source>
        <translation>Komponenten und Verbindungen von Anfang an im Diagramm zeichnen.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="77"/>
        <source>Open a Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="77"/>
        <source>A .portolan file from disk.</source>
        <translation>Eine .portolan-Datei vom Datenträger.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="82"/>
        <source>Recent Projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="87"/>
        <source>You can also drop a project or port tables on this window.</source>
        <translation>Sie können auch ein Projekt oder Porttabellen auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="118"/>
        <source>None yet: the projects you open are listed here.</source>
        <translation>Noch keine: Die Projekte, die Sie öffnen, werden hier aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Portolan::SvgExporter</name>
    <message>
        <location filename="../views/export/svgexporter.cpp" line="214"/>
        <source>SVG image</source>
        <translation>SVG-Bild</translation>
    </message>
</context>
<context>
    <name>Portolan::TablePanel</name>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="55"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="106"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="108"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/tablepanel.cpp" line="297"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::UserGuide</name>
    <message>
        <location filename="../views/help/userguide.cpp" line="21"/>
        <source>Portolan User Guide</source>
        <translation>Portolan-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../views/help/userguide.cpp" line="31"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../views/help/userguide.cpp" line="32"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>Portolan::ViewsModel</name>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="85"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="92"/>
        <source>Products: %1</source>
        <translation>Produkte: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="99"/>
        <source>Protocols: %1</source>
        <translation>Protokolle: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="102"/>
        <source>Zones: %1</source>
        <translation>Zonen: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="104"/>
        <source>Components: %1</source>
        <translation>Komponenten: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="108"/>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="110"/>
        <source>Everything in the project</source>
        <translation>Alles im Projekt</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="112"/>
        <source>Drawn as zones</source>
        <translation>Als Zonen gezeichnet</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="114"/>
        <source>Printed in the handover pack</source>
        <translation>Im Übergabepaket gedruckt</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="126"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="128"/>
        <source>The whole project</source>
        <translation>Das ganze Projekt</translation>
    </message>
</context>
<context>
    <name>Portolan::ViewsPanel</name>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="23"/>
        <source>New from Filter</source>
        <translation>Neu aus Filter</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="25"/>
        <source>A new view showing what the filter bar selects</source>
        <translation>Eine neue Ansicht mit dem, was die Filterleiste auswählt</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="26"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="28"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="32"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="34"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="36"/>
        <source>Zones as Nodes</source>
        <translation>Zonen als Knoten</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="39"/>
        <source>Draw every top-level zone of the view as one node</source>
        <translation>Jede Zone der obersten Ebene der Ansicht als einen Knoten zeichnen</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="40"/>
        <source>Print in Handover Pack</source>
        <translation>Im Übergabepaket drucken</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="135"/>
        <source>View %1</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="154"/>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="154"/>
        <source>%1 copy %2</source>
        <translation>%1 Kopie %2</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="214"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="216"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>Portolan::WorkspaceDocks</name>
    <message>
        <location filename="../app/workspacedocks.cpp" line="35"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="51"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="54"/>
        <source>Zones and Products</source>
        <translation>Zonen und Produkte</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="59"/>
        <source>Flows</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="61"/>
        <source>Address Plan</source>
        <translation>Adressplan</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="65"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="68"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="70"/>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="74"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
</context>
<context>
    <name>Portolan::ZoneList</name>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="25"/>
        <source>Add Zone</source>
        <translation>Zone hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="26"/>
        <source>Delete Zone</source>
        <translation>Zone löschen</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="44"/>
        <source>Add a zone inside the selected zone</source>
        <translation>Eine Zone in der ausgewählten Zone hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="46"/>
        <source>Delete the selected zone; its members move up to its parent</source>
        <translation>Die ausgewählte Zone löschen; ihre Mitglieder rücken in die übergeordnete Zone auf</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="104"/>
        <source>New zone %1</source>
        <translation>Neue Zone %1</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="187"/>
        <source>Move Into</source>
        <translation>Verschieben in</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="188"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
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
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePage</name>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="29"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="31"/>
        <source>Inside:</source>
        <translation>Innerhalb von:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="32"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="33"/>
        <source>Holds:</source>
        <translation>Enthält:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="67"/>
        <source>Zone “%1”</source>
        <translation>Zone „%1“</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="70"/>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
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
            <numerusform>%n Zone</numerusform>
            <numerusform>%n Zonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/zonepage.cpp" line="79"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixDialog</name>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="31"/>
        <source>Add Zone Prefix in %1</source>
        <translation>Zonenpräfix in %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="38"/>
        <source>10.0.1.0/24 or 2001:db8:1::/64</source>
        <translation>10.0.1.0/24 oder 2001:db8:1::/64</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="40"/>
        <source>optional, 1-4094</source>
        <translation>optional, 1-4094</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="42"/>
        <source>optional, an address inside the prefix</source>
        <translation>optional, eine Adresse innerhalb des Präfixes</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="44"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="50"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="51"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="52"/>
        <source>&amp;VLAN:</source>
        <translation>&amp;VLAN:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="53"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="54"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="85"/>
        <source>The VLAN must be a number 1-4094.</source>
        <translation>Das VLAN muss eine Zahl von 1-4094 sein.</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="88"/>
        <source>Type the prefix, such as 10.0.1.0/24.</source>
        <translation>Geben Sie das Präfix ein, z. B. 10.0.1.0/24.</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixModel</name>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="101"/>
        <source>Values bound in this environment that lie inside the prefix</source>
        <translation>Werte, die in dieser Umgebung gebunden sind und innerhalb des Präfixes liegen</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="128"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="130"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="132"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="134"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="136"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="138"/>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="164"/>
        <source>There is no zone named “%1”.</source>
        <translation>Es gibt keine Zone namens „%1“.</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="178"/>
        <source>The VLAN must be a number 1-4094, not “%1”.</source>
        <translation>Das VLAN muss eine Zahl von 1-4094 sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixPanel</name>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="21"/>
        <source>Filter zone prefixes</source>
        <translation>Zonenpräfixe filtern</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="24"/>
        <source>&amp;Add Zone Prefix…</source>
        <translation>Zonenpräfix &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="25"/>
        <source>Give a zone a prefix in this environment</source>
        <translation>Einer Zone in dieser Umgebung ein Präfix geben</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="27"/>
        <source>&amp;Delete Zone Prefix</source>
        <translation>Zonenpräfix &amp;löschen</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="57"/>
        <source>Added %1 to “%2”.</source>
        <translation>%1 zu „%2“ hinzugefügt.</translation>
    </message>
</context>
</TS>
