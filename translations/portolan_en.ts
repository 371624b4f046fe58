<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Portolan::AddressPlanModel</name>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanmodel.cpp" line="105"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::AddressPlanPanel</name>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %n component(s) have addresses · %3 · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 of %n component has addresses · %3 · %4</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 of %n components have addresses · %3 · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="165"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="165"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="186"/>
        <source>Imported %n address(es) from %1.</source>
        <translation>
            <numerusform>Imported %n address from %1.</numerusform>
            <numerusform>Imported %n addresses from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="188"/>
        <source>%n row(s) were there already.</source>
        <translation>
            <numerusform>%n row was there already.</numerusform>
            <numerusform>%n rows were there already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::AddressTablePanel</name>
    <message numerus="yes">
        <location filename="../views/addressplan/addresstablepanel.cpp" line="125"/>
        <source>Allocated addresses to %n component(s).</source>
        <translation>
            <numerusform>Allocated addresses to %n component.</numerusform>
            <numerusform>Allocated addresses to %n components.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addresstablepanel.cpp" line="130"/>
        <source>%n got none (Problems Only lists them); the first, “%1”: %2.</source>
        <translation>
            <numerusform>%n got none (Problems Only lists them); the first, “%1”: %2.</numerusform>
            <numerusform>%n got none (Problems Only lists them); the first, “%1”: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentDeletionDialog</name>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="60"/>
        <source>Delete %n Component(s)</source>
        <translation>
            <numerusform>Delete %n Component</numerusform>
            <numerusform>Delete %n Components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="62"/>
        <source>“%1” has %n flow(s). What becomes of them?</source>
        <translation>
            <numerusform>“%1” has %n flow. What becomes of it?</numerusform>
            <numerusform>“%1” has %n flows. What becomes of them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="63"/>
        <source>These components have %n flow(s). What becomes of them?</source>
        <translation>
            <numerusform>These components have %n flow. What becomes of it?</numerusform>
            <numerusform>These components have %n flows. What becomes of them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="68"/>
        <source>Delete “%1” and its %n flow(s)</source>
        <translation>
            <numerusform>Delete “%1” and its %n flow</numerusform>
            <numerusform>Delete “%1” and its %n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="69"/>
        <source>Delete the %n component(s) and %1</source>
        <translation>
            <numerusform>Delete the %n component and %1</numerusform>
            <numerusform>Delete the %n components and %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="70"/>
        <source>their %n flow(s)</source>
        <translation>
            <numerusform>their %n flow</numerusform>
            <numerusform>their %n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentImportDialog</name>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="285"/>
        <location filename="../views/import/componentimportdialog.cpp" line="154"/>
        <source>%n new component(s)</source>
        <translation>
            <numerusform>%n new component</numerusform>
            <numerusform>%n new components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="155"/>
        <source>%n moved to another zone</source>
        <translation>
            <numerusform>%n moved to another zone</numerusform>
            <numerusform>%n moved to another zone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="156"/>
        <source>%n given another kind</source>
        <translation>
            <numerusform>%n given another kind</numerusform>
            <numerusform>%n given another kind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="288"/>
        <location filename="../views/import/componentimportdialog.cpp" line="157"/>
        <source>%n new zone(s)</source>
        <translation>
            <numerusform>%n new zone</numerusform>
            <numerusform>%n new zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="158"/>
        <source>%n zone(s) put into others</source>
        <translation>
            <numerusform>%n zone put into others</numerusform>
            <numerusform>%n zones put into others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="159"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::Diagram</name>
    <message numerus="yes">
        <location filename="../model/diagram/diagramstyle.cpp" line="197"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramEditor</name>
    <message numerus="yes">
        <location filename="../views/diagram/diagrameditormenu.cpp" line="59"/>
        <source>&amp;Delete %n Flow(s)</source>
        <translation>
            <numerusform>&amp;Delete %n Flow</numerusform>
            <numerusform>&amp;Delete %n Flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diagram/diagrameditorviews.cpp" line="89"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::EnvironmentSwitcher</name>
    <message numerus="yes">
        <location filename="../views/environment/environmentswitcher.cpp" line="87"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/environment/environmentswitcher.cpp" line="88"/>
        <source>%n zone prefix(es)</source>
        <translation>
            <numerusform>%n zone prefix</numerusform>
            <numerusform>%n zone prefixes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::FileActions</name>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="244"/>
        <source>Imported %n flow(s)</source>
        <translation>
            <numerusform>Imported %n flow</numerusform>
            <numerusform>Imported %n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="245"/>
        <source>; %n already in the project</source>
        <translation>
            <numerusform>; %n already in the project</numerusform>
            <numerusform>; %n already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="287"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::FlowsPanel</name>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="78"/>
        <source>Deleted %n flow(s).</source>
        <translation>
            <numerusform>Deleted %n flow.</numerusform>
            <numerusform>Deleted %n flows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="101"/>
        <source>%n flow(s) can be pasted; some rows cannot:</source>
        <translation>
            <numerusform>%n flow can be pasted; some rows cannot:</numerusform>
            <numerusform>%n flows can be pasted; some rows cannot:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="103"/>
        <source>Paste %n Flow(s)</source>
        <translation>
            <numerusform>Paste %n Flow</numerusform>
            <numerusform>Paste %n Flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="108"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="116"/>
        <source>Paste %n flow(s)</source>
        <translation>
            <numerusform>Paste %n flow</numerusform>
            <numerusform>Paste %n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="121"/>
        <source>Pasted %n flow(s).</source>
        <translation>
            <numerusform>Pasted %n flow.</numerusform>
            <numerusform>Pasted %n flows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="123"/>
        <source>%n new component(s).</source>
        <translation>
            <numerusform>%n new component.</numerusform>
            <numerusform>%n new components.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="126"/>
        <source>%n flow(s) were already in the project.</source>
        <translation>
            <numerusform>%n flow was already in the project.</numerusform>
            <numerusform>%n flows were already in the project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverActions</name>
    <message numerus="yes">
        <location filename="../app/handoveractions.cpp" line="192"/>
        <source>%n rule(s) have an endpoint without an address (shaded in the pack).</source>
        <translation>
            <numerusform>%n rule has an endpoint without an address (shaded in the pack).</numerusform>
            <numerusform>%n rules have an endpoint without an address (shaded in the pack).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/handoveractions.cpp" line="195"/>
        <source>%n rule(s) of the pack have an endpoint without an address in %1; they are shaded in the pack. Give those components addresses in the Address Plan before the pack is handed over.</source>
        <translation>
            <numerusform>%n rule of the pack has an endpoint without an address in %1; it is shaded in the pack. Give those components addresses in the Address Plan before the pack is handed over.</numerusform>
            <numerusform>%n rules of the pack have an endpoint without an address in %1; they are shaded in the pack. Give those components addresses in the Address Plan before the pack is handed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="227"/>
        <source>%n flow to add</source>
        <translation>
            <numerusform>%n flow to add</numerusform>
            <numerusform>%n flow to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="228"/>
        <source>%n flows to add</source>
        <translation>
            <numerusform>%n flows to add</numerusform>
            <numerusform>%n flows to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="230"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n already in the project</numerusform>
            <numerusform>%n already in the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="234"/>
        <source>%n new component</source>
        <translation>
            <numerusform>%n new component</numerusform>
            <numerusform>%n new component</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="235"/>
        <source>%n new components</source>
        <translation>
            <numerusform>%n new components</numerusform>
            <numerusform>%n new components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="239"/>
        <source>%n new product</source>
        <translation>
            <numerusform>%n new product</numerusform>
            <numerusform>%n new product</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="240"/>
        <source>%n new products</source>
        <translation>
            <numerusform>%n new products</numerusform>
            <numerusform>%n new products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="247"/>
        <source>%n warning to read below</source>
        <translation>
            <numerusform>%n warning to read below</numerusform>
            <numerusform>%n warning to read below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="248"/>
        <source>%n warnings to read below</source>
        <translation>
            <numerusform>%n warnings to read below</numerusform>
            <numerusform>%n warnings to read below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="277"/>
        <source>Import %1 and %n other file(s)</source>
        <translation>
            <numerusform>Import %1 and %n other file</numerusform>
            <numerusform>Import %1 and %n other files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::LintPanel</name>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="172"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="173"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="174"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::MultiPage</name>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="70"/>
        <source>%n component(s) selected</source>
        <translation>
            <numerusform>%n component selected</numerusform>
            <numerusform>%n components selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="73"/>
        <source>%n flow(s) selected</source>
        <translation>
            <numerusform>%n flow selected</numerusform>
            <numerusform>%n flows selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="76"/>
        <source>%n zone(s) selected</source>
        <translation>
            <numerusform>%n zone selected</numerusform>
            <numerusform>%n zones selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="79"/>
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>%n product selected</numerusform>
            <numerusform>%n products selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ProductList</name>
    <message numerus="yes">
        <location filename="../views/zones/productlist.cpp" line="131"/>
        <source>%n flow(s) belong to it. They stay in the project, without a product.</source>
        <translation>
            <numerusform>%n flow belongs to it. It stays in the project, without a product.</numerusform>
            <numerusform>%n flows belong to it. They stay in the project, without a product.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ProductPage</name>
    <message numerus="yes">
        <location filename="../views/inspector/productpage.cpp" line="71"/>
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ProjectDocument</name>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="63"/>
        <source>Delete %n zone prefix(es)</source>
        <translation>
            <numerusform>Delete %n zone prefix</numerusform>
            <numerusform>Delete %n zone prefixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="89"/>
        <source>Clear the addresses of %n component(s)</source>
        <translation>
            <numerusform>Clear the addresses of %n component</numerusform>
            <numerusform>Clear the addresses of %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="110"/>
        <source>Allocate addresses to %n component(s)</source>
        <translation>
            <numerusform>Allocate addresses to %n component</numerusform>
            <numerusform>Allocate addresses to %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="123"/>
        <source>Import an address plan (%n address(es))</source>
        <translation>
            <numerusform>Import an address plan (%n address)</numerusform>
            <numerusform>Import an address plan (%n addresses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="75"/>
        <source>Move %n component(s) to zone “%1”</source>
        <translation>
            <numerusform>Move %n component to zone “%1”</numerusform>
            <numerusform>Move %n components to zone “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="77"/>
        <source>Take %n component(s) out of their zone</source>
        <translation>
            <numerusform>Take %n component out of their zone</numerusform>
            <numerusform>Take %n components out of their zone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="96"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>Move %n component</numerusform>
            <numerusform>Move %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="113"/>
        <source>Unpin %n component(s)</source>
        <translation>
            <numerusform>Unpin %n component</numerusform>
            <numerusform>Unpin %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="183"/>
        <source>Delete %n component(s)</source>
        <translation>
            <numerusform>Delete %n component</numerusform>
            <numerusform>Delete %n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="201"/>
        <source>Merge %n component(s) into “%1”</source>
        <translation>
            <numerusform>Merge %n component into “%1”</numerusform>
            <numerusform>Merge %n components into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentdrawing.cpp" line="95"/>
        <source>Move %n component(s) in “%1”</source>
        <translation>
            <numerusform>Move %n component in “%1”</numerusform>
            <numerusform>Move %n components in “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentedits.cpp" line="122"/>
        <source>Delete %n flow(s)</source>
        <translation>
            <numerusform>Delete %n flow</numerusform>
            <numerusform>Delete %n flows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::RulesExportAction</name>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="51"/>
        <source>Wrote %n rule(s) of %1 to %2.</source>
        <translation>
            <numerusform>Wrote %n rule of %1 to %2.</numerusform>
            <numerusform>Wrote %n rules of %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="55"/>
        <source>%n have an endpoint without an address (marked in the Status column).</source>
        <translation>
            <numerusform>%n has an endpoint without an address (marked in the Status column).</numerusform>
            <numerusform>%n have an endpoint without an address (marked in the Status column).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="59"/>
        <source>%n of the %1 rules of %2 cannot be requested as they are: an endpoint has no address in this environment. They are marked in the Status column; give those components addresses in the Address Plan.</source>
        <translation>
            <numerusform>%n of the %1 rules of %2 cannot be requested as it is: an endpoint has no address in this environment. It is marked in the Status column; give those components addresses in the Address Plan.</numerusform>
            <numerusform>%n of the %1 rules of %2 cannot be requested as they are: an endpoint has no address in this environment. They are marked in the Status column; give those components addresses in the Address Plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::TablePanel</name>
    <message numerus="yes">
        <location filename="../views/tables/tablepanel.cpp" line="297"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePage</name>
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
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
</context>
</TS>
