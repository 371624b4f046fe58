<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Portolan::AddressPlanModel</name>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="101"/>
        <source>No address</source>
        <translation>アドレスなし</translation>
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
            <numerusform>%1 (ほか %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="112"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="112"/>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="159"/>
        <source>No address in this environment; double-click to type one, or allocate the next free one</source>
        <translation>この環境にはアドレスがありません。ダブルクリックして入力するか、次の空きアドレスを割り当ててください</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="178"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="180"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="182"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="184"/>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanmodel.cpp" line="186"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressPlanPanel</name>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="36"/>
        <source>&amp;Import Address Plan…</source>
        <translation>アドレス計画をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="37"/>
        <source>&amp;Export Address Plan…</source>
        <translation>アドレス計画をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="44"/>
        <source>Bind the addresses of a CSV file with the columns component,address</source>
        <translation>component,address 列を持つ CSV ファイルのアドレスを割り当てます</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="46"/>
        <source>Save this environment&apos;s addresses as CSV (component,address,kind,zone)</source>
        <translation>この環境のアドレスを CSV として保存します (component,address,kind,zone)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="93"/>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="99"/>
        <source>Import Address Plan</source>
        <translation>アドレス計画のインポート</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="94"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="107"/>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="110"/>
        <source>Export Address Plan</source>
        <translation>アドレス計画のエクスポート</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="110"/>
        <source>%1 could not be written.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="147"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="151"/>
        <source>This project has no environment yet. Add one (Lab, Production, a second site…) with Environment → New Environment, then give its zones prefixes and its components addresses.</source>
        <translation>このプロジェクトにはまだ環境がありません。環境 → 新しい環境 で環境 (ラボ、本番、第 2 拠点など) を追加し、ゾーンにプレフィックスを、コンポーネントにアドレスを設定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %n component(s) have addresses · %3 · %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n 個中 %2 個のコンポーネントにアドレスがあります · %3 · %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="165"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="165"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="174"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
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
            <numerusform>%1 から %n 件のアドレスをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addressplanpanel.cpp" line="188"/>
        <source>%n row(s) were there already.</source>
        <translation>
            <numerusform>%n 行はすでに存在していました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addressplanpanel.cpp" line="204"/>
        <source>Saved the %1 address plan to %2.</source>
        <translation>%1 のアドレス計画を %2 に保存しました。</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressTablePanel</name>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="21"/>
        <source>Filter components, addresses, problems</source>
        <translation>コンポーネント、アドレス、問題で絞り込み</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="23"/>
        <source>Allocate &amp;Next Free Address</source>
        <translation>次の空きアドレスを割り当て(&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="25"/>
        <source>Give the selected components (or every component shown) the next free address of their zone&apos;s prefix; networks get the prefix</source>
        <translation>選択したコンポーネント (または表示中のすべてのコンポーネント) に、ゾーンのプレフィックスから次の空きアドレスを割り当てます。ネットワークにはプレフィックスが割り当てられます</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="28"/>
        <source>Allocate Free &amp;Prefix…</source>
        <translation>空きプレフィックスを割り当て(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="31"/>
        <source>Carve a free prefix of the length you choose from the zone&apos;s prefix, for networks</source>
        <translation>ネットワーク用に、ゾーンのプレフィックスから指定した長さの空きプレフィックスを切り出します</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="34"/>
        <source>Allocate Free Prefix</source>
        <translation>空きプレフィックスの割り当て</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="35"/>
        <source>Prefix length for the selected networks:</source>
        <translation>選択したネットワークのプレフィックス長:</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="40"/>
        <source>&amp;Clear Addresses</source>
        <translation>アドレスをクリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="42"/>
        <source>Problems Only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="45"/>
        <source>Show only components with a warning, an error or no address</source>
        <translation>警告・エラーがあるか、アドレスのないコンポーネントだけを表示します</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="119"/>
        <source>Allocated %1 to “%2”.</source>
        <translation>%1 を「%2」に割り当てました。</translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="123"/>
        <source>Every component chosen has an address already.</source>
        <translation>選択したすべてのコンポーネントにすでにアドレスがあります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addresstablepanel.cpp" line="125"/>
        <source>Allocated addresses to %n component(s).</source>
        <translation>
            <numerusform>%n 個のコンポーネントにアドレスを割り当てました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/addressplan/addresstablepanel.cpp" line="130"/>
        <source>%n got none (Problems Only lists them); the first, “%1”: %2.</source>
        <translation>
            <numerusform>%n 個には割り当てられませんでした (「問題のみ」で一覧表示されます)。最初のもの「%1」: %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/addressplan/addresstablepanel.cpp" line="141"/>
        <source>Networks can share a zone&apos;s prefix: Allocate Free Prefix… gives each a free /N of it.</source>
        <translation>複数のネットワークでゾーンのプレフィックスを共有できます。「空きプレフィックスを割り当て…」で、それぞれに空きの /N を割り当てます。</translation>
    </message>
</context>
<context>
    <name>Portolan::AddressText</name>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="44"/>
        <source>there is no zone %1</source>
        <translation>ゾーン %1 はありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="47"/>
        <location filename="../model/addressing/addressedits.cpp" line="139"/>
        <location filename="../model/addressing/addressedits.cpp" line="169"/>
        <location filename="../model/addressing/addressedits.cpp" line="205"/>
        <location filename="../model/addressing/nextfree.cpp" line="178"/>
        <source>there is no environment %1</source>
        <translation>環境 %1 はありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="51"/>
        <source>a zone prefix needs a CIDR, such as 10.0.1.0/24</source>
        <translation>ゾーンプレフィックスには 10.0.1.0/24 のような CIDR が必要です</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="58"/>
        <source>%1 is not a prefix; write it as network/length, such as 10.0.1.0/24</source>
        <translation>%1 はプレフィックスではありません。10.0.1.0/24 のように「ネットワーク/長さ」の形式で書いてください</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="63"/>
        <source>VLAN %1 is out of range 1-4094</source>
        <translation>VLAN %1 は範囲 1-4094 の外です</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="71"/>
        <source>the gateway %1 is not a single IP address</source>
        <translation>ゲートウェイ %1 は単一の IP アドレスではありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="75"/>
        <source>the gateway %1 is not inside %2</source>
        <translation>ゲートウェイ %1 は %2 の範囲外です</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="82"/>
        <source>there is no zone prefix %1</source>
        <translation>ゾーンプレフィックス %1 はありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="89"/>
        <source>zone “%1” already has %2 in %3</source>
        <translation>ゾーン「%1」には %3 で既に %2 があります</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="105"/>
        <source>%1 overlaps %2 of zone “%3” in %4</source>
        <translation>%1 は %4 でゾーン「%3」の %2 と重なっています</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="136"/>
        <location filename="../model/addressing/addressedits.cpp" line="166"/>
        <location filename="../model/addressing/nextfree.cpp" line="187"/>
        <source>there is no component %1</source>
        <translation>コンポーネント %1 はありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="209"/>
        <location filename="../model/addressing/addressedits.cpp" line="258"/>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="212"/>
        <source>the plan is empty; it needs the header component,address</source>
        <translation>計画が空です。見出し行 component,address が必要です</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="226"/>
        <source>line %1: the plan needs the header component,address</source>
        <translation>%1 行目: 計画には見出し行 component,address が必要です</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="250"/>
        <source>line %1: there is no component named “%2”</source>
        <translation>%1 行目: 「%2」という名前のコンポーネントはありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="260"/>
        <source>no address given</source>
        <translation>アドレスが指定されていません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressedits.cpp" line="262"/>
        <source>line %1: %2 already has %3</source>
        <translation>%1 行目: %2 には既に %3 があります</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="54"/>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>「%1」は IPv4 アドレスではありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="61"/>
        <source>%1 has a leading zero in %2, which some tools read as octal; write it without leading zeros</source>
        <translation>%1 の %2 には先頭にゼロがあり、ツールによっては 8 進数として読まれます。先頭のゼロを付けずに書いてください</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="69"/>
        <source>%1 is not an IPv4 address: %2 is out of range 0-255</source>
        <translation>%1 は IPv4 アドレスではありません: %2 は範囲 0-255 の外です</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="84"/>
        <source>%1 has a zone id (%2), which only means something on one machine; write the address without it</source>
        <translation>%1 にはゾーン ID (%2) が付いていますが、これは 1 台のマシン上でしか意味を持ちません。ゾーン ID を付けずにアドレスを書いてください</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="92"/>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>「%1」は IPv6 アドレスではありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="104"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>「%1」は IP アドレスではありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="119"/>
        <source>%1 is not a contiguous netmask</source>
        <translation>%1 は連続したネットマスクではありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="125"/>
        <source>%1 has no prefix length after the /</source>
        <translation>%1 の / の後にプレフィックス長がありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="129"/>
        <source>&quot;%1&quot; is not a prefix length</source>
        <translation>「%1」はプレフィックス長ではありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="135"/>
        <location filename="../model/addressing/allocation.cpp" line="111"/>
        <source>prefix length %1 is out of range 0-%2</source>
        <translation>プレフィックス長 %1 は範囲 0-%2 の外です</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="178"/>
        <source>an address is empty</source>
        <translation>空のアドレスがあります</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="209"/>
        <source>%1 has no address before the /</source>
        <translation>%1 の / の前にアドレスがありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="223"/>
        <source>%1 has host bits set; did you mean %2?</source>
        <translation>%1 にはホストビットが設定されています。%2 のことですか？</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="233"/>
        <source>range %1 has no first address</source>
        <translation>範囲 %1 に先頭のアドレスがありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="237"/>
        <source>range %1 has no last address</source>
        <translation>範囲 %1 に末尾のアドレスがありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="248"/>
        <source>range %1 mixes IPv4 and IPv6</source>
        <translation>範囲 %1 に IPv4 と IPv6 が混在しています</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressparsing.cpp" line="252"/>
        <source>range %1 runs backwards</source>
        <translation>範囲 %1 は逆順になっています</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="59"/>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="81"/>
        <source>%1 is bound to both %2 in %3</source>
        <translation>%1 は %3 で %2 の両方に割り当てられています</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="82"/>
        <source>%1 is bound to %2 in %3</source>
        <translation>%1 は %3 で %2 に割り当てられています</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="120"/>
        <source>%1 of %2 overlaps %3 of %4 in %5</source>
        <translation>%5 で %2 の %1 が %4 の %3 と重なっています</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="163"/>
        <source>%1 of %2 is outside the prefixes of zone %3 in %4 (%5)</source>
        <translation>%4 で %2 の %1 はゾーン %3 のプレフィックスの外にあります (%5)</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="184"/>
        <source>%1 is used by flows but has no address in %2</source>
        <translation>%1 はフローで使われていますが、%2 にアドレスがありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/addressvalidation.cpp" line="199"/>
        <source>%1 is a network but has the name %2 in %3; a network needs a CIDR</source>
        <translation>%1 はネットワークですが、%3 では名前 %2 になっています。ネットワークには CIDR が必要です</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="34"/>
        <source>&quot;%1&quot; is not a prefix</source>
        <translation>「%1」はプレフィックスではありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="94"/>
        <source>%1 has no free address left</source>
        <translation>%1 に空きアドレスが残っていません</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="117"/>
        <source>a /%1 does not fit inside %2</source>
        <translation>/%1 は %2 に収まりません</translation>
    </message>
    <message>
        <location filename="../model/addressing/allocation.cpp" line="137"/>
        <source>%1 has no free /%2 left</source>
        <translation>%1 に空いている /%2 が残っていません</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="38"/>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="45"/>
        <source>&quot;%1&quot; has an empty label</source>
        <translation>「%1」に空のラベルがあります</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="50"/>
        <source>label &quot;%1&quot; is longer than %2 characters</source>
        <translation>ラベル「%1」は %2 文字を超えています</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="58"/>
        <source>label &quot;%1&quot; contains an underscore, which host names do not allow</source>
        <translation>ラベル「%1」にはホスト名で使えないアンダースコアが含まれています</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="65"/>
        <source>label &quot;%1&quot; contains %2, which host names do not allow</source>
        <translation>ラベル「%1」にはホスト名で使えない %2 が含まれています</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="71"/>
        <source>label &quot;%1&quot; starts or ends with a hyphen</source>
        <translation>ラベル「%1」がハイフンで始まるか終わっています</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="84"/>
        <source>&quot;%1&quot; is too long for a name: %2 characters, at most %3</source>
        <translation>「%1」は名前として長すぎます: %2 文字 (最大 %3 文字)</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="97"/>
        <source>&quot;%1&quot; is not a fully qualified name: it needs a domain, as in host.example.com</source>
        <translation>「%1」は完全修飾名ではありません: host.example.com のようにドメインが必要です</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="104"/>
        <source>&quot;%1&quot; is not a name: its last label &quot;%2&quot; is all digits</source>
        <translation>「%1」は名前ではありません: 最後のラベル「%2」が数字だけです</translation>
    </message>
    <message>
        <location filename="../model/addressing/hostname.cpp" line="124"/>
        <source>in &quot;%1&quot; the * must be the whole leftmost label, as in *.example.com</source>
        <translation>「%1」では、*.example.com のように * が左端のラベル全体でなければなりません</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="117"/>
        <source>“%1” has no zone to take an address from</source>
        <translation>「%1」にはアドレスを取得するゾーンがありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="125"/>
        <source>zone “%1” of “%2” has no prefix in %3</source>
        <translation>「%2」のゾーン「%1」には %3 でプレフィックスがありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="142"/>
        <source>no prefix of zone “%1” in %2 is large enough for a /%3</source>
        <translation>%2 にあるゾーン「%1」のプレフィックスには /%3 が収まるものがありません</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="149"/>
        <source>every prefix of zone “%1” in %2 is already in use (%3)</source>
        <translation>%2 にあるゾーン「%1」のプレフィックスはすべて使用中です (%3)</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="153"/>
        <source>zone “%1” has no free /%2 left in %3 (%4)</source>
        <translation>ゾーン「%1」には %3 で空いている /%2 が残っていません (%4)</translation>
    </message>
    <message>
        <location filename="../model/addressing/nextfree.cpp" line="158"/>
        <source>zone “%1” has no free address left in %2 (%3)</source>
        <translation>ゾーン「%1」には %2 で空きアドレスが残っていません (%3)</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselineActions</name>
    <message>
        <location filename="../app/baselineactions.cpp" line="23"/>
        <source>&amp;Baselines…</source>
        <translation>ベースライン(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="26"/>
        <source>Named read-only revisions kept in the project: make one, rename or delete it, open it in a window of its own</source>
        <translation>プロジェクト内に保存される名前付きの読み取り専用リビジョン: 作成、名前の変更、削除、専用ウィンドウで開く</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="77"/>
        <location filename="../app/baselineactions.cpp" line="86"/>
        <source>Open Baseline</source>
        <translation>ベースラインを開く</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="82"/>
        <source>Baseline “%1” is read-only: it shows the project as it was frozen on %2.</source>
        <translation>ベースライン「%1」は読み取り専用です。%2 に固定されたときのプロジェクトを表示しています。</translation>
    </message>
    <message>
        <location filename="../app/baselineactions.cpp" line="102"/>
        <source>Opened baseline “%1” read-only in a new window</source>
        <translation>ベースライン「%1」を新しいウィンドウで読み取り専用で開きました</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselineEditDialog</name>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="47"/>
        <source>what it is for, e.g. “handed over to the firewall team”</source>
        <translation>用途 (例: 「ファイアウォールチームに引き継ぎ」)</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="53"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="57"/>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="65"/>
        <source>A baseline freezes the design, every environment&apos;s addresses and the drawing as they are now, inside the project file. Later edits never change it.</source>
        <translation>ベースラインは、設計、各環境のアドレス、図を現在の状態のままプロジェクトファイル内に固定します。後の編集で変わることはありません。</translation>
    </message>
</context>
<context>
    <name>Portolan::BaselinesDialog</name>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="112"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="113"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="114"/>
        <source>&amp;Rename…</source>
        <translation>名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="115"/>
        <source>Edit N&amp;ote…</source>
        <translation>メモの編集(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="116"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="120"/>
        <source>Baselines are named, read-only revisions kept inside the project file: each freezes the design, every environment&apos;s addresses and the drawing as they were when it was made. Open one to look at it in a window of its own.</source>
        <translation>ベースラインは、プロジェクトファイル内に保存される名前付きの読み取り専用リビジョンです。それぞれ作成時の設計、各環境のアドレス、図を固定します。開くと専用のウィンドウで確認できます。</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="134"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="142"/>
        <source>Freeze the project as it is now as a new baseline</source>
        <translation>現在のプロジェクトを新しいベースラインとして固定</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="144"/>
        <source>Show the selected baseline read-only in a new window</source>
        <translation>選択したベースラインを新しいウィンドウで読み取り専用で表示</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="148"/>
        <source>Delete the selected baseline (Edit → Undo brings it back)</source>
        <translation>選択したベースラインを削除 (編集 → 元に戻す で復元できます)</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="179"/>
        <source>Baselines · %1</source>
        <translation>ベースライン · %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="231"/>
        <source>Only Open is available: %1</source>
        <translation>使用できるのは「開く」だけです: %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="248"/>
        <source>Baseline %1</source>
        <translation>ベースライン %1</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="254"/>
        <source>Give the baseline a name.</source>
        <translation>ベースラインに名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="256"/>
        <source>“%1” stands for the design as it is now; give the baseline another name.</source>
        <translation>「%1」は現在の設計を表します。ベースラインには別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="260"/>
        <source>There is already a baseline named “%1”; choose another name.</source>
        <translation>「%1」という名前のベースラインはすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="270"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="279"/>
        <source>New Baseline</source>
        <translation>新しいベースライン</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="291"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="299"/>
        <source>Rename Baseline</source>
        <translation>ベースラインの名前の変更</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="308"/>
        <source>Note of Baseline “%1”</source>
        <translation>ベースライン「%1」のメモ</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="314"/>
        <source>Edit Note</source>
        <translation>メモの編集</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="323"/>
        <location filename="../views/baselines/baselinesdialog.cpp" line="329"/>
        <source>Delete Baseline</source>
        <translation>ベースラインの削除</translation>
    </message>
    <message>
        <location filename="../views/baselines/baselinesdialog.cpp" line="324"/>
        <source>Delete baseline “%1”? Edit → Undo brings it back.</source>
        <translation>ベースライン「%1」を削除しますか? 編集 → 元に戻す で復元できます。</translation>
    </message>
</context>
<context>
    <name>Portolan::ChangeRequestSave</name>
    <message>
        <location filename="../app/changerequestsave.cpp" line="48"/>
        <source>Save Change Request</source>
        <translation>変更要求の保存</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="53"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="54"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="55"/>
        <source>CSV, rule changes only (*.csv)</source>
        <translation>CSV、ルールの変更のみ (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="56"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="62"/>
        <source>%1 change request %2 to %3.xlsx</source>
        <translation>%1 変更要求 %2 から %3.xlsx</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="63"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../app/changerequestsave.cpp" line="73"/>
        <source>Portolan writes a change request as .xlsx, .pdf, .csv or .json, not “%1”.</source>
        <translation>Portolan は変更要求を .xlsx、.pdf、.csv、.json で書き出します。「%1」には書き出せません。</translation>
    </message>
</context>
<context>
    <name>Portolan::ChangesModel</name>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="22"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="22"/>
        <source>Before → after</source>
        <translation>変更前 → 変更後</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="27"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="62"/>
        <source>source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="63"/>
        <source>source addresses</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="64"/>
        <source>destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="66"/>
        <source>destination addresses</source>
        <translation>宛先アドレス</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="67"/>
        <source>protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="68"/>
        <source>ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="77"/>
        <source>Rules to add</source>
        <translation>追加するルール</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="78"/>
        <source>Rules to remove</source>
        <translation>削除するルール</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="79"/>
        <source>Rules to modify</source>
        <translation>変更するルール</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="87"/>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 から %3</translation>
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
        <translation>%1 から %2</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="131"/>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="132"/>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="133"/>
        <source>Zones</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="134"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="135"/>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="136"/>
        <source>Zone prefixes</source>
        <translation>ゾーンプレフィックス</translation>
    </message>
    <message>
        <location filename="../views/changes/changesmodel.cpp" line="137"/>
        <source>Environments</source>
        <translation>環境</translation>
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
        <translation>比較を閉じる</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="22"/>
        <source>Save Change Request…</source>
        <translation>変更要求を保存…</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="43"/>
        <source>End the comparison and draw the diagram as it is</source>
        <translation>比較を終了し、図を現在のまま描画</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="46"/>
        <source>Write these changes for the firewall team: a workbook, a PDF with the delta diagram and a sign-off, the rule changes as CSV, or JSON</source>
        <translation>これらの変更をファイアウォールチーム向けに書き出す: ブック、差分図と承認欄付きの PDF、ルールの変更の CSV、または JSON</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="79"/>
        <source>Changes from %1 to %2</source>
        <translation>%1 から %2 への変更</translation>
    </message>
    <message>
        <location filename="../views/changes/changespanel.cpp" line="80"/>
        <source>No differences between %1 and %2</source>
        <translation>%1 と %2 の間に違いはありません</translation>
    </message>
</context>
<context>
    <name>Portolan::CollapsedZones</name>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="28"/>
        <source>1 component</source>
        <translation>1 個のコンポーネント</translation>
    </message>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="29"/>
        <source>%1 components</source>
        <translation>%1 個のコンポーネント</translation>
    </message>
    <message>
        <location filename="../model/diagram/collapsedzones.cpp" line="106"/>
        <source>No zone</source>
        <translation>ゾーンなし</translation>
    </message>
</context>
<context>
    <name>Portolan::CompareActions</name>
    <message>
        <location filename="../app/compareactions.cpp" line="55"/>
        <source>Co&amp;mpare…</source>
        <translation>比較(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="56"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="60"/>
        <location filename="../app/compareactions.cpp" line="118"/>
        <source>Compare a baseline with a later one or the working design, or two environments</source>
        <translation>ベースラインを後のベースラインまたは作業中の設計と比較、または 2 つの環境を比較</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="76"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="120"/>
        <source>Nothing to compare yet: freeze a baseline of the design or add a second environment</source>
        <translation>まだ比較するものがありません: 設計のベースラインを固定するか、2 つ目の環境を追加してください</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="182"/>
        <source>the working design</source>
        <translation>作業中の設計</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="186"/>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="192"/>
        <source>nothing is compared</source>
        <translation>比較していません</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="200"/>
        <source>Wrote the change request to %1.</source>
        <translation>変更要求を %1 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="233"/>
        <source>The environments compared are no longer there</source>
        <translation>比較していた環境はもうありません</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="260"/>
        <source>The diagram shows the working design: it is drawn with the changes only against the working design.</source>
        <translation>図は作業中の設計を表示しています。変更が図に描かれるのは、作業中の設計と比較するときだけです。</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="285"/>
        <source>Laying out %1…</source>
        <translation>%1 をレイアウト中…</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="294"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="323"/>
        <source>Baseline “%1” is gone: the comparison is closed</source>
        <translation>ベースライン「%1」がなくなったため、比較を閉じました</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="373"/>
        <source>Environment “%1”</source>
        <translation>環境「%1」</translation>
    </message>
    <message>
        <location filename="../app/compareactions.cpp" line="379"/>
        <source>“%1” is not in the working design</source>
        <translation>「%1」は作業中の設計にありません</translation>
    </message>
</context>
<context>
    <name>Portolan::CompareDialog</name>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="34"/>
        <source>Environment against environment:</source>
        <translation>環境と環境を比較:</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="40"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="53"/>
        <source>Working design</source>
        <translation>作業中の設計</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="61"/>
        <source>The same design without addresses (no environment)</source>
        <translation>アドレスなしの同じ設計 (環境なし)</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="62"/>
        <source>The current environment (%1) on both sides</source>
        <translation>両側とも現在の環境 (%1)</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="65"/>
        <source>&amp;From:</source>
        <translation>比較元(&amp;F):</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="66"/>
        <source>&amp;To:</source>
        <translation>比較先(&amp;T):</translation>
    </message>
    <message>
        <location filename="../views/changes/comparedialog.cpp" line="69"/>
        <source>against</source>
        <translation>と比較</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentDeletionDialog</name>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="35"/>
        <source>Delete Components</source>
        <translation>コンポーネントの削除</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="59"/>
        <source>Delete “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="60"/>
        <source>Delete %n Component(s)</source>
        <translation>
            <numerusform>%n 個のコンポーネントを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="62"/>
        <source>“%1” has %n flow(s). What becomes of them?</source>
        <translation>
            <numerusform>「%1」には %n 件のフローがあります。フローをどうしますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="63"/>
        <source>These components have %n flow(s). What becomes of them?</source>
        <translation>
            <numerusform>これらのコンポーネントには %n 件のフローがあります。フローをどうしますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="68"/>
        <source>Delete “%1” and its %n flow(s)</source>
        <translation>
            <numerusform>「%1」とその %n 件のフローを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="69"/>
        <source>Delete the %n component(s) and %1</source>
        <translation>
            <numerusform>%n 個のコンポーネントと%1を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/dialogs/componentdeletion.cpp" line="70"/>
        <source>their %n flow(s)</source>
        <translation>
            <numerusform>その %n 件のフロー</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="73"/>
        <source>Keep its flows, moving them to:</source>
        <translation>フローを残し、次へ移動:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="74"/>
        <source>Keep their flows, moving them to:</source>
        <translation>フローを残し、次へ移動:</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="76"/>
        <source>Another component</source>
        <translation>別のコンポーネント</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="82"/>
        <source>Flows that would then repeat another flow, or run from the component to itself, are deleted. Undo brings everything back.</source>
        <translation>移動の結果、他のフローと重複するフローや、コンポーネント自身へのフローは削除されます。元に戻すとすべて復元されます。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="87"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../views/dialogs/componentdeletion.cpp" line="127"/>
        <source>There is no other component “%1”.</source>
        <translation>「%1」という別のコンポーネントはありません。</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentImportDialog</name>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="32"/>
        <source>Import Components</source>
        <translation>コンポーネントのインポート</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="33"/>
        <source>Components from “%1”</source>
        <translation>「%1」のコンポーネント</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="40"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="50"/>
        <source>Rows in bold change the project; the others are as the list says.</source>
        <translation>太字の行はプロジェクトを変更します。それ以外はすでにリストのとおりです。</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="55"/>
        <source>&amp;Lay out the diagram afresh</source>
        <translation>図を新たにレイアウト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="58"/>
        <source>Forget every stored drawing and dragged place, as Reset Layout does, in the same undo step. Suggested when the list moves components or puts zones into others.</source>
        <translation>「レイアウトをリセット」と同様に、保存されたすべての描画とドラッグした位置を同じ元に戻す操作単位で破棄します。リストがコンポーネントを移動したり、ゾーンを他のゾーンに入れたりする場合に推奨されます。</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="63"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="73"/>
        <source>Warnings and errors:</source>
        <translation>警告とエラー:</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="104"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="110"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="116"/>
        <source>(no zone)</source>
        <translation>(ゾーンなし)</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="134"/>
        <source>The file cannot be imported: see the errors above.</source>
        <translation>ファイルをインポートできません。上のエラーを参照してください。</translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="138"/>
        <source>Every component is in the project as the list says: nothing to import.</source>
        <translation>すべてのコンポーネントがすでにリストのとおりプロジェクトにあります。インポートするものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="285"/>
        <location filename="../views/import/componentimportdialog.cpp" line="154"/>
        <source>%n new component(s)</source>
        <translation>
            <numerusform>新しいコンポーネント %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="155"/>
        <source>%n moved to another zone</source>
        <translation>
            <numerusform>%n 個を別のゾーンへ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="156"/>
        <source>%n given another kind</source>
        <translation>
            <numerusform>%n 個の種類を変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="288"/>
        <location filename="../views/import/componentimportdialog.cpp" line="157"/>
        <source>%n new zone(s)</source>
        <translation>
            <numerusform>新しいゾーン %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="158"/>
        <source>%n zone(s) put into others</source>
        <translation>
            <numerusform>%n 個のゾーンを別のゾーンに配置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/componentimportdialog.cpp" line="159"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 個は変更なし</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/import/componentimportdialog.cpp" line="160"/>
        <source>No components.</source>
        <translation>コンポーネントがありません。</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentKind</name>
    <message>
        <location filename="../model/domain/types.cpp" line="71"/>
        <source>host</source>
        <extracomment>A kind of component, shown in the Kind column and inside sentences (&quot;Make “%1” a %2&quot;).</extracomment>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="75"/>
        <source>appliance</source>
        <extracomment>A kind of component (router, firewall, load balancer…).</extracomment>
        <translation>アプライアンス</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="79"/>
        <source>cluster</source>
        <extracomment>A kind of component.</extracomment>
        <translation>クラスター</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="83"/>
        <source>network</source>
        <extracomment>A kind of component: a network given as a CIDR.</extracomment>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="87"/>
        <source>service</source>
        <extracomment>A kind of component.</extracomment>
        <translation>サービス</translation>
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
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../model/domain/types.cpp" line="99"/>
        <source>any</source>
        <extracomment>A kind of component: any address at all.</extracomment>
        <translation>任意</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentNameDelegate</name>
    <message>
        <location filename="../views/tables/componentnamedelegate.cpp" line="33"/>
        <source>Type the name of a component.</source>
        <translation>コンポーネントの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../views/tables/componentnamedelegate.cpp" line="35"/>
        <source>There is no component “%1”.</source>
        <translation>コンポーネント「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentPage</name>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="30"/>
        <source>Unpin</source>
        <translation>固定を解除</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="40"/>
        <source>10.0.1.5, 2001:db8::5, host.example.com</source>
        <translation>10.0.1.5, 2001:db8::5, host.example.com</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="41"/>
        <source>Addresses in this environment, separated by commas or spaces: IPv4 or IPv6 addresses, CIDRs, ranges a-b, host names</source>
        <translation>この環境でのアドレス。カンマまたはスペースで区切ります: IPv4 または IPv6 アドレス、CIDR、範囲 a-b、ホスト名</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="45"/>
        <source>Let the layout place this component again</source>
        <translation>このコンポーネントを再びレイアウトに配置させます</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="47"/>
        <source>Double-click a flow to inspect it</source>
        <translation>フローをダブルクリックすると詳細を表示します</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="52"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="54"/>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="55"/>
        <source>Zone:</source>
        <translation>ゾーン:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="56"/>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="62"/>
        <source>Position:</source>
        <translation>位置:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="64"/>
        <source>Flows:</source>
        <translation>フロー:</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="97"/>
        <source>Addresses (%1):</source>
        <translation>アドレス (%1):</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="148"/>
        <source>Component “%1”</source>
        <translation>コンポーネント「%1」</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="152"/>
        <source>(no zone)</source>
        <translation>(ゾーンなし)</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="156"/>
        <source>pinned at %1, %2</source>
        <translation>%1, %2 に固定</translation>
    </message>
    <message>
        <location filename="../views/inspector/componentpage.cpp" line="160"/>
        <source>placed by the layout</source>
        <translation>レイアウトにより配置</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentTableModel</name>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="14"/>
        <source>(no zone)</source>
        <translation>(ゾーンなし)</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="140"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="142"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="144"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="146"/>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="148"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="184"/>
        <source>“%1” is not a kind of component; choose one of %2.</source>
        <translation>「%1」はコンポーネントの種類ではありません。%2 から選んでください。</translation>
    </message>
    <message>
        <location filename="../views/tables/componenttablemodel.cpp" line="198"/>
        <source>There is no zone “%1”.</source>
        <translation>ゾーン「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>Portolan::ComponentsPanel</name>
    <message>
        <location filename="../views/tables/componentspanel.cpp" line="26"/>
        <source>&amp;New Component</source>
        <translation>新しいコンポーネント(&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/tables/componentspanel.cpp" line="54"/>
        <source>New component %1</source>
        <translation>新しいコンポーネント %1</translation>
    </message>
</context>
<context>
    <name>Portolan::DesignLint</name>
    <message>
        <location filename="../model/lint/designlint.cpp" line="62"/>
        <source>%1 or %2</source>
        <translation>%1 または %2</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="88"/>
        <source>%1 contradicts %2, which uses %3 on %4</source>
        <translation>%1 は、%4 で %3 を使用する %2 と矛盾しています</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="100"/>
        <source>%1 allows any protocol on any port</source>
        <translation>%1 は任意のポートで任意のプロトコルを許可しています</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="109"/>
        <source>%1 has no ports; a %2 flow needs the ports it opens</source>
        <translation>%1 にはポートがありません。%2 のフローには開くポートが必要です</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="118"/>
        <source>%1 opens every port</source>
        <translation>%1 はすべてのポートを開いています</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="119"/>
        <source>%1 opens %2 ports; a range wider than %3 ports is rarely what is meant</source>
        <translation>%1 は %2 個のポートを開いています。%3 個を超える範囲が意図されていることはまれです</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="140"/>
        <source>%1 is listed %2 times</source>
        <translation>%1 が %2 回記載されています</translation>
    </message>
    <message>
        <location filename="../model/lint/designlint.cpp" line="155"/>
        <source>%1 has no flows</source>
        <translation>%1 にはフローがありません</translation>
    </message>
</context>
<context>
    <name>Portolan::Diagram</name>
    <message>
        <location filename="../model/diagram/diagramcontent.cpp" line="60"/>
        <source>1 flow</source>
        <translation>1 件のフロー</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramcontent.cpp" line="61"/>
        <source>%1 flows</source>
        <translation>%1 件のフロー</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/diagram/diagramstyle.cpp" line="197"/>
        <source>+%n more</source>
        <translation>
            <numerusform>他 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramActions</name>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="36"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="38"/>
        <source>Zoom in</source>
        <translation>拡大します</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="39"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="40"/>
        <source>Zoom out</source>
        <translation>縮小します</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="41"/>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="42"/>
        <source>Show the whole diagram</source>
        <translation>図全体を表示します</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="43"/>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="44"/>
        <source>Zoom to 100 %</source>
        <translation>100 % に拡大/縮小します</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="45"/>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="46"/>
        <source>Unpin every component and lay the diagram out afresh</source>
        <translation>すべてのコンポーネントの固定を解除し、図を新たにレイアウトします</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramactions.cpp" line="63"/>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramEditor</name>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="31"/>
        <source>New component</source>
        <translation>新しいコンポーネント</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="59"/>
        <source>&amp;Draw Flows</source>
        <translation>フローを描画(&amp;D)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="60"/>
        <source>New &amp;Component</source>
        <translation>新しいコンポーネント(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="61"/>
        <source>&amp;Merge Components…</source>
        <translation>コンポーネントを統合(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="62"/>
        <source>Show &amp;Addresses</source>
        <translation>アドレスを表示(&amp;A)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="63"/>
        <source>&amp;Focus</source>
        <translation>フォーカス(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="64"/>
        <source>Focus, T&amp;wo Flows Away</source>
        <translation>フォーカス (2 フロー先まで)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="68"/>
        <source>Show the selected components with what they talk to, sources on the left (F)</source>
        <translation>選択したコンポーネントを通信相手とともに表示します。送信元は左側です (F)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="72"/>
        <source>As Focus, and what those components talk to in turn (Shift+F)</source>
        <translation>フォーカスと同様に表示し、さらにそれらのコンポーネントの通信相手も表示します (Shift+F)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="85"/>
        <source>Show each component&apos;s addresses in the current environment under its name</source>
        <translation>各コンポーネントの現在の環境でのアドレスを名前の下に表示します</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="89"/>
        <source>Make the selected components one, keeping their flows</source>
        <translation>選択したコンポーネントをフローを保ったまま 1 つに統合します</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="97"/>
        <source>Merge Components</source>
        <translation>コンポーネントの統合</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="98"/>
        <source>The flows of the others move to the component that stays:</source>
        <translation>ほかのコンポーネントのフローは、残るコンポーネントに移ります:</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="109"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="110"/>
        <source>Drag from one component to another to add a flow (or hold Shift while dragging)</source>
        <translation>コンポーネントから別のコンポーネントへドラッグしてフローを追加します (または Shift キーを押しながらドラッグ)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="114"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="115"/>
        <source>Add a component (or double-click empty space)</source>
        <translation>コンポーネントを追加します (または空いている場所をダブルクリック)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditor.cpp" line="157"/>
        <source>Save this view (Views → New from Filter) to place components in it.</source>
        <translation>コンポーネントを配置するには、このビューを保存してください (ビュー → フィルターから新規作成)。</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="30"/>
        <source>&amp;Open Zone</source>
        <translation>ゾーンを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="31"/>
        <source>E&amp;xpand Zone</source>
        <translation>ゾーンを展開(&amp;X)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="37"/>
        <source>&amp;Edit Component</source>
        <translation>コンポーネントを編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="43"/>
        <source>&amp;Unpin</source>
        <translation>固定を解除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="47"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="54"/>
        <source>Edit %1 %2 — %3</source>
        <translation>%1 %2 — %3 を編集</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diagram/diagrameditormenu.cpp" line="59"/>
        <source>&amp;Delete %n Flow(s)</source>
        <translation>
            <numerusform>%n 件のフローを削除(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="65"/>
        <source>C&amp;ollapse Zone “%1”</source>
        <translation>ゾーン「%1」を折りたたむ(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="70"/>
        <source>New &amp;Component Here</source>
        <translation>ここに新しいコンポーネント(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditormenu.cpp" line="74"/>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="37"/>
        <source>view “%1”</source>
        <translation>ビュー「%1」</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="63"/>
        <source>the components in no zone and what talks to them</source>
        <translation>ゾーンに属さないコンポーネントとその通信相手</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="71"/>
        <source>zone “%1” and what talks to it</source>
        <translation>ゾーン「%1」とその通信相手</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="84"/>
        <source>Select a component to focus on.</source>
        <translation>フォーカスするコンポーネントを選択してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/diagram/diagrameditorviews.cpp" line="89"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n 個のコンポーネント</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="91"/>
        <source>focus on %1</source>
        <translation>%1 にフォーカス</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrameditorviews.cpp" line="92"/>
        <source>focus on %1, two flows away</source>
        <translation>%1 にフォーカス (2 フロー先まで)</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramExportAction</name>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="25"/>
        <source>&amp;Export Diagram…</source>
        <translation>図をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="28"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="29"/>
        <source>Write the diagram as SVG, PNG, PDF, DOT or JSON</source>
        <translation>図を SVG、PNG、PDF、DOT、JSON のいずれかで書き出します</translation>
    </message>
    <message>
        <location filename="../app/diagramexportaction.cpp" line="64"/>
        <source>Exported the diagram to %1</source>
        <translation>図を %1 にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramFilterBar</name>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="59"/>
        <source>Filter: name, address, purpose, port (443, 30000-32767)…</source>
        <translation>フィルター: 名前、アドレス、用途、ポート (443, 30000-32767)…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="72"/>
        <source>Hide non-matching</source>
        <translation>一致しないものを隠す</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="78"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="79"/>
        <source>Show everything again</source>
        <translation>すべてを再表示します</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="132"/>
        <source>Show All</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="132"/>
        <source>Any Zone</source>
        <translation>すべてのゾーン</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="208"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="209"/>
        <source>Protocols</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="210"/>
        <source>Zones</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagramfilterbar.cpp" line="211"/>
        <source>Only flows touching the ticked zones</source>
        <translation>チェックしたゾーンに関わるフローのみ</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramPane</name>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="66"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="72"/>
        <source>Laying out the diagram…</source>
        <translation>図をレイアウトしています…</translation>
    </message>
    <message>
        <location filename="../views/diagram/diagrampane.cpp" line="283"/>
        <source>%1 of %2 connections</source>
        <translation>%2 本中 %1 本の接続</translation>
    </message>
</context>
<context>
    <name>Portolan::DiagramText</name>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="142"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="144"/>
        <source>Appliance</source>
        <translation>アプライアンス</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="146"/>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="148"/>
        <source>Network (CIDR)</source>
        <translation>ネットワーク (CIDR)</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="150"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="152"/>
        <source>SaaS / FQDN</source>
        <translation>SaaS / FQDN</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="154"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramstyle.cpp" line="156"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="28"/>
        <source>(optional)</source>
        <translation>(オプション)</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="45"/>
        <source>%1: no address</source>
        <translation>%1: アドレスなし</translation>
    </message>
    <message>
        <location filename="../model/diagram/diagramtext.cpp" line="74"/>
        <source>every component of %1</source>
        <translation>%1 のすべてのコンポーネント</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="64"/>
        <source>No product</source>
        <translation>製品なし</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="104"/>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../model/diagram/legend.cpp" line="105"/>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
</context>
<context>
    <name>Portolan::DotExporter</name>
    <message>
        <location filename="../views/export/dotexporter.cpp" line="64"/>
        <source>Graphviz DOT graph</source>
        <translation>Graphviz DOT グラフ</translation>
    </message>
</context>
<context>
    <name>Portolan::DrawingStyleActions</name>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="16"/>
        <source>&amp;Orthogonal</source>
        <translation>直交(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="17"/>
        <source>&amp;Curved</source>
        <translation>曲線(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="18"/>
        <source>&amp;Group Flows by Zone</source>
        <translation>ゾーンごとにフローをまとめる(&amp;G)</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="20"/>
        <source>&amp;Left to Right</source>
        <translation>左から右へ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="21"/>
        <source>&amp;Top to Bottom</source>
        <translation>上から下へ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="24"/>
        <source>Edges in horizontal and vertical runs, each label on a straight run of its own edge</source>
        <translation>エッジを水平・垂直の線分で描き、各ラベルを自身のエッジの直線部分に置きます</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="27"/>
        <source>Edges as Graphviz draws them, labels placed along them</source>
        <translation>エッジを Graphviz の描画どおりに描き、ラベルをエッジに沿って置きます</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="29"/>
        <source>One edge from or to a zone&apos;s frame when every component of the zone has the same service with the same end</source>
        <translation>ゾーンのすべてのコンポーネントが同じ相手と同じサービスを持つ場合、ゾーンの枠との間に 1 本のエッジを描きます</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="32"/>
        <source>Flows run across the page, sources on the left: the drawing is laid out afresh</source>
        <translation>フローはページを横切り、送信元は左: 図は新しくレイアウトされます</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="35"/>
        <source>Flows run down the page, sources at the top: the drawing is laid out afresh</source>
        <translation>フローはページを下へ流れ、送信元は上: 図は新しくレイアウトされます</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="60"/>
        <source>&amp;Edge Style</source>
        <translation>エッジのスタイル(&amp;E)</translation>
    </message>
    <message>
        <location filename="../views/diagram/drawingstyleactions.cpp" line="63"/>
        <source>Layout &amp;Direction</source>
        <translation>レイアウトの方向(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Portolan::EditActions</name>
    <message>
        <location filename="../app/editactions.cpp" line="50"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="53"/>
        <source>Take back the last change</source>
        <translation>最後の変更を元に戻します</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="54"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="57"/>
        <source>Make the change taken back last again</source>
        <translation>最後に元に戻した変更をやり直します</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="59"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="60"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="71"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="72"/>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>選択した行をタブ区切りのテキストとしてコピーします</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="74"/>
        <source>&amp;Paste Flows</source>
        <translation>フローを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="75"/>
        <source>Add flows from rows copied in a spreadsheet</source>
        <translation>スプレッドシートでコピーした行からフローを追加します</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="77"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="78"/>
        <source>Delete what is selected</source>
        <translation>選択した項目を削除します</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="80"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="83"/>
        <source>Filter the table or the diagram that has the focus</source>
        <translation>フォーカスのある表または図を絞り込みます</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="85"/>
        <source>New &amp;Flow…</source>
        <translation>新しいフロー(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="87"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="88"/>
        <source>Add a flow between two components</source>
        <translation>2 つのコンポーネント間にフローを追加します</translation>
    </message>
    <message>
        <location filename="../app/editactions.cpp" line="92"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>Portolan::EnvironmentSwitcher</name>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="26"/>
        <source>&amp;New Environment…</source>
        <translation>新しい環境(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="27"/>
        <source>&amp;Rename Environment…</source>
        <translation>環境の名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="28"/>
        <source>D&amp;uplicate Environment…</source>
        <translation>環境を複製(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="29"/>
        <source>&amp;Delete Environment</source>
        <translation>環境を削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="32"/>
        <source>The environment whose addresses the window shows</source>
        <translation>ウィンドウにアドレスを表示する環境</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="38"/>
        <source>Add an environment (Lab, Production, a second site…)</source>
        <translation>環境を追加します (ラボ、本番、第 2 拠点など)</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="39"/>
        <source>Give the current environment another name</source>
        <translation>現在の環境の名前を変更します</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="40"/>
        <source>Delete the current environment with its addresses and prefixes</source>
        <translation>現在の環境を、そのアドレスとプレフィックスとともに削除します</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="44"/>
        <source>Add an environment starting with a copy of this one&apos;s addresses and prefixes</source>
        <translation>この環境のアドレスとプレフィックスのコピーから始まる環境を追加します</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="60"/>
        <source>New Environment</source>
        <translation>新しい環境</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="60"/>
        <source>Name of the new environment:</source>
        <translation>新しい環境の名前:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="61"/>
        <location filename="../views/environment/environmentswitcher.cpp" line="103"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="65"/>
        <source>Rename Environment</source>
        <translation>環境の名前の変更</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="65"/>
        <source>New name of “%1”:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="69"/>
        <source>Duplicate Environment</source>
        <translation>環境の複製</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="70"/>
        <source>Name of the copy of “%1”, with all its addresses and prefixes:</source>
        <translation>「%1」のコピー (すべてのアドレスとプレフィックスを含む) の名前:</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="86"/>
        <source>Delete the environment “%1” with its %2 and %3? You can undo this.</source>
        <translation>環境「%1」を %2 と %3 とともに削除しますか? この操作は元に戻せます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/environment/environmentswitcher.cpp" line="87"/>
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n 件のアドレス</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/environment/environmentswitcher.cpp" line="88"/>
        <source>%n zone prefix(es)</source>
        <translation>
            <numerusform>%n 件のゾーンプレフィックス</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="89"/>
        <source>Delete Environment</source>
        <translation>環境の削除</translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="105"/>
        <source>Environment: </source>
        <translation>環境: </translation>
    </message>
    <message>
        <location filename="../views/environment/environmentswitcher.cpp" line="202"/>
        <source>No environment</source>
        <translation>環境なし</translation>
    </message>
</context>
<context>
    <name>Portolan::ExportDiagramDialog</name>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="58"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="62"/>
        <source>&amp;Transparent background</source>
        <translation>透明な背景(&amp;T)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="69"/>
        <location filename="../views/export/exportdiagramdialog.cpp" line="213"/>
        <source>Export Diagram</source>
        <translation>図のエクスポート</translation>
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
        <translation>PNG: 1 インチあたりのピクセル数。図のポイントは dpi / 72 倍に拡大縮小されます。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="81"/>
        <source>PDF: the sheet the diagram is fitted on; the orientation follows the diagram.</source>
        <translation>PDF: 図を収める用紙。向きは図に合わせて決まります。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="83"/>
        <source>PNG and SVG: no background instead of white.</source>
        <translation>PNG と SVG: 白の代わりに背景なしにします。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="84"/>
        <source>No addresses</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="88"/>
        <source>Draws the addresses of this environment under the component names.</source>
        <translation>この環境のアドレスをコンポーネント名の下に描画します。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="98"/>
        <source>Flows of the products</source>
        <translation>製品のフロー</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="99"/>
        <source>A&amp;ll</source>
        <translation>すべて(&amp;L)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="100"/>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="114"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="117"/>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="118"/>
        <source>&amp;Resolution:</source>
        <translation>解像度(&amp;R):</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="119"/>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="121"/>
        <source>&amp;Addresses of:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="123"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="128"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="140"/>
        <source>diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="210"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="259"/>
        <source>Check at least one product: the diagram draws the flows of the products checked.</source>
        <translation>製品を 1 つ以上チェックしてください。図にはチェックした製品のフローが描画されます。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="268"/>
        <source>The project has no stored drawing yet, so only the diagram the window shows can be exported: every product, %1.</source>
        <translation>プロジェクトにはまだ保存された描画がないため、ウィンドウに表示されている図 (すべての製品、%1) だけをエクスポートできます。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="270"/>
        <source>the addresses of %1</source>
        <translation>%1 のアドレス</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="270"/>
        <source>no addresses</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="275"/>
        <source>There is nothing to draw: the project has no components.</source>
        <translation>描画するものがありません。プロジェクトにコンポーネントがありません。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="276"/>
        <source>There is nothing to draw: the products checked have no flows here.</source>
        <translation>描画するものがありません。チェックした製品には、ここに表示できるフローがありません。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="293"/>
        <source>Choose the file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="302"/>
        <source>nothing to draw</source>
        <translation>描画するものなし</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="308"/>
        <source>The image would be too large (at most %1 pixels a side and %2 MB): lower the resolution.</source>
        <translation>画像が大きすぎます (1 辺は最大 %1 ピクセル、サイズは最大 %2 MB)。解像度を下げてください。</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="312"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 ピクセル</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="317"/>
        <source>%1 landscape</source>
        <translation>%1 横向き</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="318"/>
        <source>%1 portrait</source>
        <translation>%1 縦向き</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="321"/>
        <source>%1, one page, at %2 %</source>
        <translation>%1、1 ページ、%2 %</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="322"/>
        <source>%1, a map and %2 pages of parts, at %3 %</source>
        <translation>%1、マップ 1 ページとパート %2 ページ、%3 %</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="328"/>
        <source>a graph without geometry: Graphviz sizes it when it lays it out</source>
        <translation>ジオメトリのないグラフ。サイズは Graphviz がレイアウト時に決めます</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="331"/>
        <source>%1 × %2 points (%3 × %4 mm)</source>
        <translation>%1 × %2 ポイント (%3 × %4 mm)</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="360"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか?</translation>
    </message>
    <message>
        <location filename="../views/export/exportdiagramdialog.cpp" line="365"/>
        <source>The diagram could not be exported to %1:
%2</source>
        <translation>図を %1 にエクスポートできませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>Portolan::FileActions</name>
    <message>
        <location filename="../app/fileactions.cpp" line="32"/>
        <source>Portolan projects (*.portolan)</source>
        <translation>Portolan プロジェクト (*.portolan)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="50"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="52"/>
        <source>Create an empty project file</source>
        <translation>空のプロジェクトファイルを作成します</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="54"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="56"/>
        <source>Open a project file</source>
        <translation>プロジェクトファイルを開きます</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="58"/>
        <source>Save a &amp;Copy As…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="61"/>
        <source>Save the project under another name; the open one stays open (every change is already saved)</source>
        <translation>プロジェクトを別の名前で保存します。開いているプロジェクトは開いたままです (変更はすべて保存済みです)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="64"/>
        <source>&amp;Import Flows…</source>
        <translation>フローをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="65"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="66"/>
        <source>Add flows from markdown or CSV tables, after a preview</source>
        <translation>Markdown または CSV の表から、プレビューの後でフローを追加します</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="68"/>
        <source>Import &amp;Components…</source>
        <translation>コンポーネントをインポート(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="70"/>
        <source>Create zones and components from a CMDB or NetBox list, after a preview</source>
        <translation>CMDB または NetBox のリストから、プレビューの後でゾーンとコンポーネントを作成します</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="72"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="74"/>
        <source>Close Portolan; every change is already in the project file</source>
        <translation>Portolan を終了します。変更はすべてプロジェクトファイルに保存済みです</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="85"/>
        <source>New from &amp;Sample</source>
        <translation>サンプルから新規作成(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="88"/>
        <source>Save this reference design as a new project and open it</source>
        <translation>このリファレンスデザインを新しいプロジェクトとして保存して開きます</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="90"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="126"/>
        <source>Untitled.portolan</source>
        <translation>無題.portolan</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="128"/>
        <location filename="../app/fileactions.cpp" line="138"/>
        <location filename="../app/fileactions.cpp" line="158"/>
        <source>New Project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="139"/>
        <source>%1 cannot be replaced.</source>
        <translation>%1 を置き換えられません。</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="168"/>
        <location filename="../app/fileactions.cpp" line="178"/>
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="209"/>
        <source>%1 was changed by another program and has been opened again; the undo history before that is cleared.</source>
        <translation>%1 が別のプログラムによって変更されたため、開き直しました。それ以前の元に戻す履歴は消去されました。</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="212"/>
        <source>%1 was changed by another program and has been opened again.</source>
        <translation>%1 が別のプログラムによって変更されたため、開き直しました。</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="226"/>
        <source>Import Flows</source>
        <translation>フローのインポート</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="227"/>
        <location filename="../app/fileactions.cpp" line="257"/>
        <source>Flow tables (*.md *.markdown *.csv *.tsv *.txt);;All files (*)</source>
        <translation>フローの表 (*.md *.markdown *.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="238"/>
        <source>Open or create a project to import flows into.</source>
        <translation>フローをインポートするプロジェクトを開くか作成してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="244"/>
        <source>Imported %n flow(s)</source>
        <translation>
            <numerusform>%n 件のフローをインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="245"/>
        <source>; %n already in the project</source>
        <translation>
            <numerusform>。%n 件はすでにプロジェクトにあります</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="256"/>
        <source>Import a Port Table</source>
        <translation>ポート表のインポート</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="269"/>
        <source>Import Components</source>
        <translation>コンポーネントのインポート</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="270"/>
        <source>Component lists (*.csv *.tsv *.txt *.md *.markdown);;All files (*)</source>
        <translation>コンポーネントのリスト (*.csv *.tsv *.txt *.md *.markdown);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="277"/>
        <source>Open or create a project to import components into.</source>
        <translation>コンポーネントをインポートするプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="284"/>
        <source>Imported the component list: %1, %2, %3.</source>
        <translation>コンポーネントのリストをインポートしました: %1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/fileactions.cpp" line="287"/>
        <source>%n changed</source>
        <translation>
            <numerusform>変更 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="299"/>
        <source> copy</source>
        <translation> のコピー</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="301"/>
        <location filename="../app/fileactions.cpp" line="306"/>
        <location filename="../app/fileactions.cpp" line="311"/>
        <source>Save a Copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="307"/>
        <source>Choose another file: this is the open project.</source>
        <translation>別のファイルを選んでください。これは開いているプロジェクトです。</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="314"/>
        <source>Saved a copy as %1</source>
        <translation>コピーを %1 として保存しました</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowDialog</name>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="43"/>
        <source>Edit Flow</source>
        <translation>フローの編集</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="43"/>
        <source>New Flow</source>
        <translation>新しいフロー</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="48"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="55"/>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="59"/>
        <source>&amp;Source:</source>
        <translation>送信元(&amp;S):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="62"/>
        <source>&amp;Destination:</source>
        <translation>宛先(&amp;D):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="69"/>
        <source>P&amp;rotocol:</source>
        <translation>プロトコル(&amp;R):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="73"/>
        <source>e.g. 443 or 80,443 or 30000-32767</source>
        <translation>例: 443、80,443、30000-32767</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="74"/>
        <source>P&amp;orts:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="78"/>
        <source>P&amp;urpose:</source>
        <translation>用途(&amp;U):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="79"/>
        <source>Needed only for some deployments</source>
        <translation>一部のデプロイでのみ必要</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="81"/>
        <source>Op&amp;tional:</source>
        <translation>オプション(&amp;T):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="85"/>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="93"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="93"/>
        <source>Add Flow</source>
        <translation>フローを追加</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="127"/>
        <source>Choose the source.</source>
        <translation>送信元を選んでください。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="128"/>
        <location filename="../views/dialogs/flowdialog.cpp" line="132"/>
        <source>There is no component named “%1”.</source>
        <translation>「%1」という名前のコンポーネントはありません。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="131"/>
        <source>Choose the destination.</source>
        <translation>宛先を選んでください。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="134"/>
        <source>Ports: %1.</source>
        <translation>ポート: %1。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/flowdialog.cpp" line="137"/>
        <source>Enter the ports (443, 80,443, 30000-32767 or any).</source>
        <translation>ポートを入力してください (443、80,443、30000-32767 または any)。</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowPage</name>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="28"/>
        <source>Optional</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="37"/>
        <source>e.g. 443,8443 or 30000-32767</source>
        <translation>例: 443,8443 または 30000-32767</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="40"/>
        <source>Needed only for optional features</source>
        <translation>オプション機能でのみ必要</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="45"/>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="46"/>
        <source>Source:</source>
        <translation>送信元:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="48"/>
        <source>Destination:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="50"/>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="51"/>
        <source>Ports:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="53"/>
        <source>Purpose:</source>
        <translation>用途:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="55"/>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="107"/>
        <source>Flow %1 → %2</source>
        <translation>フロー %1 → %2</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="140"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../views/inspector/flowpage.cpp" line="192"/>
        <source>There is no component named “%1”.</source>
        <translation>「%1」という名前のコンポーネントはありません。</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowTableModel</name>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="18"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="28"/>
        <source>%1 flows have no ports; leave the cell empty</source>
        <translation>%1 のフローにはポートがありません。セルを空にしてください</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="113"/>
        <source>Optional: the platform works without it</source>
        <translation>オプション: これがなくてもプラットフォームは動作します</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="149"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="151"/>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="153"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="155"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="157"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="159"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="161"/>
        <source>Optional</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="163"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="218"/>
        <source>A flow needs a source and a destination.</source>
        <translation>フローには送信元と宛先が必要です。</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="219"/>
        <source>There is no component “%1”.</source>
        <translation>コンポーネント「%1」はありません。</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="231"/>
        <source>There is no product “%1”.</source>
        <translation>製品「%1」はありません。</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="245"/>
        <source>“%1” is not a protocol; choose one of %2.</source>
        <translation>「%1」はプロトコルではありません。%2 から選んでください。</translation>
    </message>
    <message>
        <location filename="../views/tables/flowtablemodel.cpp" line="258"/>
        <source>Ports not changed: %1.</source>
        <translation>ポートは変更されていません: %1。</translation>
    </message>
</context>
<context>
    <name>Portolan::FlowsPanel</name>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="29"/>
        <source>Row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="48"/>
        <source>&amp;Paste Flows</source>
        <translation>フローを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="50"/>
        <source>&amp;New Flow…</source>
        <translation>新しいフロー(&amp;N)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="78"/>
        <source>Deleted %n flow(s).</source>
        <translation>
            <numerusform>%n 件のフローを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="93"/>
        <source>Paste Flows</source>
        <translation>フローの貼り付け</translation>
    </message>
    <message>
        <location filename="../views/tables/flowspanel.cpp" line="96"/>
        <source>The clipboard holds no flows to paste. Copy rows with the columns Source, Destination, Protocol, Ports and Purpose, or with a header row naming them.</source>
        <translation>クリップボードに貼り付けられるフローがありません。Source、Destination、Protocol、Ports、Purpose の列を持つ行、またはそれらを示すヘッダー行を持つ行をコピーしてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="101"/>
        <source>%n flow(s) can be pasted; some rows cannot:</source>
        <translation>
            <numerusform>%n 件のフローを貼り付けられます。貼り付けられない行があります:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="103"/>
        <source>Paste %n Flow(s)</source>
        <translation>
            <numerusform>%n 件のフローを貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="108"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ほか %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="116"/>
        <source>Paste %n flow(s)</source>
        <translation>
            <numerusform>%n 件のフローを貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="121"/>
        <source>Pasted %n flow(s).</source>
        <translation>
            <numerusform>%n 件のフローを貼り付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="123"/>
        <source>%n new component(s).</source>
        <translation>
            <numerusform>新しいコンポーネント %n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/flowspanel.cpp" line="126"/>
        <source>%n flow(s) were already in the project.</source>
        <translation>
            <numerusform>%n 件のフローはすでにプロジェクトにありました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverActions</name>
    <message>
        <location filename="../app/handoveractions.cpp" line="50"/>
        <source>Export &amp;Handover Pack…</source>
        <translation>引き継ぎ資料をエクスポート(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="51"/>
        <source>&amp;Print Handover Pack…</source>
        <translation>引き継ぎ資料を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="54"/>
        <source>Write the current environment&apos;s handover pack as a PDF</source>
        <translation>現在の環境の引き継ぎ資料を PDF として書き出します</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="57"/>
        <source>Preview and print the current environment&apos;s handover pack</source>
        <translation>現在の環境の引き継ぎ資料をプレビューして印刷します</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="135"/>
        <source>The layout engine failed (%1); the pack&apos;s diagram uses a plain arrangement.</source>
        <translation>レイアウトエンジンが失敗しました (%1)。資料の図には簡易配置を使用します。</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="139"/>
        <source>Handover Pack</source>
        <translation>引き継ぎ資料</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="153"/>
        <source>printed as the handover pack of %1</source>
        <translation>%1 の引き継ぎ資料として印刷</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="156"/>
        <source>The baseline could not be recorded: %1</source>
        <translation>ベースラインを記録できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="186"/>
        <source>Wrote the handover pack of %1 to %2.</source>
        <translation>%1 の引き継ぎ資料を %2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="189"/>
        <source>Recorded baseline “%1”.</source>
        <translation>ベースライン「%1」を記録しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/handoveractions.cpp" line="192"/>
        <source>%n rule(s) have an endpoint without an address (shaded in the pack).</source>
        <translation>
            <numerusform>%n 件のルールに、アドレスのない端点があります (資料では網掛け表示)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/handoveractions.cpp" line="195"/>
        <source>%n rule(s) of the pack have an endpoint without an address in %1; they are shaded in the pack. Give those components addresses in the Address Plan before the pack is handed over.</source>
        <translation>
            <numerusform>資料の %n 件のルールに、%1 でアドレスのない端点があります。これらは資料で網掛け表示されます。資料を引き継ぐ前に、「アドレス計画」で該当するコンポーネントにアドレスを設定してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="216"/>
        <source>Printing failed: %1</source>
        <translation>印刷に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="244"/>
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="194"/>
        <location filename="../app/handoveractions.cpp" line="248"/>
        <location filename="../app/handoveractions.cpp" line="255"/>
        <location filename="../app/handoveractions.cpp" line="261"/>
        <source>Export Handover Pack</source>
        <translation>引き継ぎ資料のエクスポート</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="249"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="256"/>
        <source>Portolan writes the handover pack as a PDF (.pdf), not “%1”.</source>
        <translation>Portolan は引き継ぎ資料を「%1」ではなく PDF (.pdf) として書き出します。</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="262"/>
        <source>%1 could not be written.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="269"/>
        <source>Print Preview…</source>
        <translation>印刷プレビュー…</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="278"/>
        <source>%1 · %2 · handover pack</source>
        <translation>%1 · %2 · 引き継ぎ資料</translation>
    </message>
    <message>
        <location filename="../app/handoveractions.cpp" line="280"/>
        <source>Handover Pack · %1</source>
        <translation>引き継ぎ資料 · %1</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverDialog</name>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="39"/>
        <source>Record as &amp;baseline</source>
        <translation>ベースラインとして記録(&amp;B)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="44"/>
        <source>Handover Pack · %1</source>
        <translation>引き継ぎ資料 · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="48"/>
        <source>Automatic (landscape for a wide diagram)</source>
        <translation>自動 (横長の図は横向き)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="50"/>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="51"/>
        <source>Landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="52"/>
        <source>One rule per flow</source>
        <translation>フローごとに 1 ルール</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="53"/>
        <source>One rule per source, destination and protocol (ports united)</source>
        <translation>送信元・宛先・プロトコルごとに 1 ルール (ポートは統合)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="55"/>
        <source>the content fingerprint</source>
        <translation>内容フィンガープリント</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="56"/>
        <source>Printed in the title block and at the head of every page. Left empty, the content fingerprint identifies the pack.</source>
        <translation>表題欄と各ページの先頭に印刷されます。空欄の場合は内容フィンガープリントで資料を識別します。</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="58"/>
        <source>left blank to fill in by hand</source>
        <translation>手書きで記入する場合は空欄のまま</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="59"/>
        <source>The default is the author set in Edit → Preferences.</source>
        <translation>既定値は 編集 → 設定 で設定した作成者です。</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="62"/>
        <source>Freeze the project as a baseline of this name before the pack is written (one step Edit → Undo takes back); the title block names it.</source>
        <translation>資料を書き出す前に、この名前のベースラインとしてプロジェクトを固定します (編集 → 元に戻す で取り消せる 1 ステップ)。表題欄にその名前が記載されます。</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="66"/>
        <source>the baseline&apos;s name (the revision by default)</source>
        <translation>ベースラインの名前 (既定ではリビジョン)</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="75"/>
        <source>The pack of %1: title block, the diagram with the addresses, the firewall rules, the address plan, the lint findings and a sign-off block.</source>
        <translation>%1 の資料: 表題欄、アドレス付きの図、ファイアウォールルール、アドレス計画、Lint の指摘事項、承認欄。</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="82"/>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="83"/>
        <source>&amp;Diagram page:</source>
        <translation>図のページ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="84"/>
        <source>&amp;Rules:</source>
        <translation>ルール(&amp;R):</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="85"/>
        <source>Re&amp;vision:</source>
        <translation>リビジョン(&amp;V):</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverdialog.cpp" line="86"/>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverPrint</name>
    <message>
        <location filename="../views/handover/handoverexport.cpp" line="54"/>
        <source>zone overview</source>
        <translation>ゾーン概要</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverexport.cpp" line="62"/>
        <source>view “%1”</source>
        <translation>ビュー「%1」</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="94"/>
        <location filename="../views/handover/handoverprint.cpp" line="34"/>
        <location filename="../views/handover/handoverprint.cpp" line="136"/>
        <source>Untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="36"/>
        <source>Network handover pack · %1</source>
        <translation>ネットワーク引き継ぎ資料 · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="29"/>
        <source>Rules to add</source>
        <translation>追加するルール</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="30"/>
        <source>Rules to modify</source>
        <translation>変更するルール</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="31"/>
        <source>Rules to remove</source>
        <translation>削除するルール</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="50"/>
        <source>The firewall rules to add, modify and remove in %1. A modified rule keeps its id; what changes in it is shown as before → after.</source>
        <translation>%1 で追加、変更、削除するファイアウォールルールです。変更するルールは ID を保ち、変わる内容は「変更前 → 変更後」で示します。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="53"/>
        <source>the design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="55"/>
        <source>No firewall rule changes.</source>
        <translation>ファイアウォールルールの変更はありません。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="99"/>
        <source>none: rules without addresses</source>
        <translation>なし: アドレスのないルール</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="109"/>
        <location filename="../views/handover/changerequestprint.cpp" line="166"/>
        <source>Change request · %1</source>
        <translation>変更要求 · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="112"/>
        <location filename="../views/handover/handoverprint.cpp" line="40"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="113"/>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="114"/>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="115"/>
        <location filename="../views/handover/handoverprint.cpp" line="41"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="116"/>
        <source>Consolidation</source>
        <translation>集約</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="118"/>
        <source>one rule per source, destination and protocol</source>
        <translation>送信元、宛先、プロトコルごとに 1 ルール</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="119"/>
        <source>one rule per flow</source>
        <translation>フローごとに 1 ルール</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="122"/>
        <source>Change number</source>
        <translation>変更番号</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="126"/>
        <source>There is no difference between %1 and %2.</source>
        <translation>%1 と %2 の間に違いはありません。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="149"/>
        <source>Addresses and zone prefixes bound, changed or released.</source>
        <translation>割り当て、変更、解放されたアドレスとゾーンプレフィックス。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="150"/>
        <source>No address changes.</source>
        <translation>アドレスの変更はありません。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="153"/>
        <source>What changed in the design behind the rules: components, flows, zones and products, matched by identity (a rename is one change).</source>
        <translation>ルールの背後で設計に生じた変更: コンポーネント、フロー、ゾーン、製品を同一性で対応付けています (名前の変更は 1 件の変更です)。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="155"/>
        <source>No design changes.</source>
        <translation>設計の変更はありません。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="158"/>
        <source>Signed, this request asks for the changes above in %1, from %2 to %3.</source>
        <translation>署名により、この要求は %1 における上記の変更 (%2 から %3) を申請します。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="160"/>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="160"/>
        <source>Reviewed by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="161"/>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="161"/>
        <source>Implemented by</source>
        <translation>実施者</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="42"/>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="43"/>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="120"/>
        <location filename="../views/handover/handoverprint.cpp" line="44"/>
        <location filename="../views/handover/packblocks.cpp" line="66"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="121"/>
        <location filename="../views/handover/handoverprint.cpp" line="45"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="46"/>
        <source>Content fingerprint</source>
        <translation>内容フィンガープリント</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestprint.cpp" line="124"/>
        <location filename="../views/handover/handoverprint.cpp" line="48"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="52"/>
        <source>Port diagram</source>
        <translation>ポート図</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="57"/>
        <location filename="../views/handover/packblocks.cpp" line="61"/>
        <source>Sign-off</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="58"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="82"/>
        <source>Signed, this pack hands revision %1 of %2 over to operations.</source>
        <translation>署名により、この資料は %2 のリビジョン %1 を運用チームに引き継ぎます。</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="65"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="65"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="66"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../views/handover/handoverprint.cpp" line="140"/>
        <source>Handover pack · revision %1</source>
        <translation>引き継ぎ資料 · リビジョン %1</translation>
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
        <translation>プリンターがこのページレイアウトに対応していません</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="163"/>
        <source>cannot start painting on the printer or file</source>
        <translation>プリンターまたはファイルへの描画を開始できません</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="171"/>
        <source>cannot start page %1</source>
        <translation>ページ %1 を開始できません</translation>
    </message>
    <message>
        <location filename="../views/handover/packblocks.cpp" line="180"/>
        <source>cannot finish the document</source>
        <translation>ドキュメントを完了できません</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="45"/>
        <source>Port diagram · %1</source>
        <translation>ポート図 · %1</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="46"/>
        <source>Port diagram · %1 · %2</source>
        <translation>ポート図 · %1 · %2</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="70"/>
        <source>The project has no components to draw.</source>
        <translation>このプロジェクトには描画するコンポーネントがありません。</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="76"/>
        <source>Addresses in %1 are printed under the component names.</source>
        <translation>%1 のアドレスはコンポーネント名の下に印刷されます。</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="84"/>
        <source>The diagram is printed at %1 % in parts %2 to %3, one page each, so that every label prints at 6 pt or more; neighbouring parts overlap. This map shows where each part lies. Addresses in %4 are printed under the component names.</source>
        <translation>すべてのラベルが 6 pt 以上で印刷されるよう、図は %1 % の倍率でパート %2 ～ %3 に分けて各 1 ページに印刷されます。隣り合うパートは重なっています。このマップは各パートの位置を示します。%4 のアドレスはコンポーネント名の下に印刷されます。</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="108"/>
        <source>%1 · part %2</source>
        <translation>%1 · パート %2</translation>
    </message>
    <message>
        <location filename="../views/handover/packdiagram.cpp" line="109"/>
        <source>Part %1 of %2, row %3, column %4 of the map.</source>
        <translation>パート %1 / %2、マップの %3 行 %4 列。</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="34"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="34"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="35"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="35"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../views/handover/changerequestexport.cpp" line="37"/>
        <source>changes %1 → %2</source>
        <translation>変更 %1 → %2</translation>
    </message>
</context>
<context>
    <name>Portolan::HandoverText</name>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="23"/>
        <location filename="../model/handover/rulesheet.cpp" line="13"/>
        <source>(no address in %1)</source>
        <translation>(%1 にアドレスなし)</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="25"/>
        <source>zone %1</source>
        <translation>ゾーン %1</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="32"/>
        <source>Firewall rules</source>
        <translation>ファイアウォールルール</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="34"/>
        <source>%1 rule(s); every source and destination has an address in %2.</source>
        <translation>ルール %1 件。すべての送信元と宛先に %2 のアドレスがあります。</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="37"/>
        <source>%1 rule(s); %2 have an endpoint without an address in %3 (shaded).</source>
        <translation>ルール %1 件。うち %2 件は %3 でアドレスのない端点があります (網掛け)。</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="41"/>
        <source>The project has no flows, so there are no rules.</source>
        <translation>プロジェクトにフローがないため、ルールはありません。</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="23"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="24"/>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="25"/>
        <location filename="../model/diff/changesheets.cpp" line="48"/>
        <source>zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="26"/>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="27"/>
        <source>parent zone</source>
        <translation>親ゾーン</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="28"/>
        <location filename="../model/diff/changesheets.cpp" line="47"/>
        <source>product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="29"/>
        <source>source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="30"/>
        <source>destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="31"/>
        <source>protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="32"/>
        <location filename="../model/diff/changesheets.cpp" line="229"/>
        <source>ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="33"/>
        <source>purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="35"/>
        <source>addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="36"/>
        <source>prefixes</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="37"/>
        <source>source addresses</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="39"/>
        <source>destination addresses</source>
        <translation>宛先アドレス</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="49"/>
        <source>component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="50"/>
        <source>flow</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="51"/>
        <source>environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="52"/>
        <source>prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="53"/>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="74"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="75"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="76"/>
        <location filename="../model/diff/changesheets.cpp" line="83"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="81"/>
        <source>bound</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="82"/>
        <source>released</source>
        <translation>解放</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="97"/>
        <source>(no address)</source>
        <translation>(アドレスなし)</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="133"/>
        <source>widened by %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="138"/>
        <source>narrowed by %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="182"/>
        <source>add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="183"/>
        <source>remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="184"/>
        <source>modify</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="217"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="218"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="219"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="222"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="223"/>
        <source>From</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="224"/>
        <source>To</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="225"/>
        <location filename="../model/diff/changesheets.cpp" line="279"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="230"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="231"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="233"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="200"/>
        <source>Rules to add</source>
        <translation>追加するルール</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="202"/>
        <source>Rules to remove</source>
        <translation>削除するルール</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="204"/>
        <source>Rules to modify</source>
        <translation>変更するルール</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="206"/>
        <location filename="../model/diff/changesheets.cpp" line="278"/>
        <source>Address changes</source>
        <translation>アドレスの変更</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="208"/>
        <location filename="../model/diff/changesheets.cpp" line="300"/>
        <source>Design changes</source>
        <translation>設計の変更</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="243"/>
        <source>Rule changes</source>
        <translation>ルールの変更</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="244"/>
        <location filename="../model/diff/changesheets.cpp" line="282"/>
        <location filename="../model/diff/changesheets.cpp" line="301"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="245"/>
        <location filename="../model/handover/handoverpack.cpp" line="42"/>
        <location filename="../model/handover/rulesheet.cpp" line="46"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="246"/>
        <location filename="../model/handover/handoverpack.cpp" line="43"/>
        <location filename="../model/handover/rulesheet.cpp" line="48"/>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="248"/>
        <location filename="../model/handover/handoverpack.cpp" line="44"/>
        <location filename="../model/handover/rulesheet.cpp" line="51"/>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="254"/>
        <source>Change number</source>
        <translation>変更番号</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="255"/>
        <source>Requester</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="256"/>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="257"/>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="280"/>
        <location filename="../model/diff/changesheets.cpp" line="302"/>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="283"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="284"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="304"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="45"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="252"/>
        <location filename="../model/handover/handoverpack.cpp" line="46"/>
        <location filename="../model/handover/rulesheet.cpp" line="56"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="34"/>
        <location filename="../model/handover/handoverpack.cpp" line="50"/>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="53"/>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="57"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="60"/>
        <source>No product</source>
        <translation>製品なし</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="69"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="19"/>
        <source>Address plan</source>
        <translation>アドレス計画</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="71"/>
        <source>No component has an address in %1 yet.</source>
        <translation>%1 にはまだアドレスのあるコンポーネントがありません。</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="72"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="20"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="73"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="21"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="74"/>
        <location filename="../model/handover/handoverpack.cpp" line="111"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="21"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="75"/>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="95"/>
        <source>%1 of %2 component(s) have addresses in %3.</source>
        <translation>%2 個中 %1 個のコンポーネントに %3 のアドレスがあります。</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="100"/>
        <source>Without one: %1.</source>
        <translation>アドレスなし: %1。</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="109"/>
        <location filename="../model/handover/handoverpack.cpp" line="216"/>
        <source>Zone prefixes</source>
        <translation>ゾーンプレフィックス</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="110"/>
        <source>No zone has a prefix in %1.</source>
        <translation>%1 にはプレフィックスのあるゾーンがありません。</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="112"/>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="113"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="114"/>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="281"/>
        <location filename="../model/diff/changesheets.cpp" line="303"/>
        <location filename="../model/handover/handoverpack.cpp" line="115"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="130"/>
        <location filename="../model/handover/handoverpack.cpp" line="217"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="31"/>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="132"/>
        <source>What portolan lint reports for the design and the addresses of %1.</source>
        <translation>portolan lint が設計と %1 のアドレスについて報告する内容です。</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="134"/>
        <source>No findings.</source>
        <translation>指摘事項はありません。</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="135"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="32"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="135"/>
        <location filename="../model/handover/rulesworkbook.cpp" line="32"/>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="165"/>
        <source>%1 error(s), %2 warning(s), %3 info</source>
        <translation>エラー %1 件、警告 %2 件、情報 %3 件</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="195"/>
        <source>%1, frozen %2</source>
        <translation>%1（%2 に固定）</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="198"/>
        <source>none: the working design</source>
        <translation>なし: 作業中の設計</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="201"/>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="202"/>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="203"/>
        <location filename="../model/handover/rulesheet.cpp" line="45"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="204"/>
        <source>%1, all resolved</source>
        <translation>%1 件、すべて解決済み</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="205"/>
        <source>%1, %2 with an endpoint without an address</source>
        <translation>%1 件、うち %2 件はアドレスのない端点あり</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="227"/>
        <location filename="../model/handover/handoverpack.cpp" line="208"/>
        <source>Consolidation</source>
        <translation>集約</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="210"/>
        <source>none: one rule per flow</source>
        <translation>なし: フローごとに 1 ルール</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="211"/>
        <source>ports: one rule per source, destination and protocol</source>
        <translation>ポート: 送信元・宛先・プロトコルごとに 1 ルール</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="212"/>
        <source>Addressed components</source>
        <translation>アドレスのあるコンポーネント</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="213"/>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="220"/>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="220"/>
        <source>Reviewed by (network)</source>
        <translation>確認者 (ネットワーク)</translation>
    </message>
    <message>
        <location filename="../model/handover/handoverpack.cpp" line="221"/>
        <source>Accepted by (operations)</source>
        <translation>承認者 (運用)</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="90"/>
        <location filename="../model/handover/rulesheet.cpp" line="20"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="29"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="32"/>
        <source>unresolved source and destination</source>
        <translation>送信元と宛先が未解決</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="33"/>
        <source>unresolved destination</source>
        <translation>宛先が未解決</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="34"/>
        <source>unresolved source</source>
        <translation>送信元が未解決</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="253"/>
        <location filename="../model/handover/rulesheet.cpp" line="47"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="49"/>
        <source>Source zone</source>
        <translation>送信元ゾーン</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="247"/>
        <location filename="../model/handover/rulesheet.cpp" line="50"/>
        <source>Source addresses</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="52"/>
        <source>Destination zone</source>
        <translation>宛先ゾーン</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="249"/>
        <location filename="../model/handover/rulesheet.cpp" line="53"/>
        <source>Destination addresses</source>
        <translation>宛先アドレス</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="250"/>
        <location filename="../model/handover/rulesheet.cpp" line="54"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location filename="../model/diff/changesheets.cpp" line="251"/>
        <location filename="../model/handover/rulesheet.cpp" line="55"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="57"/>
        <source>Optional</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="58"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="59"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesheet.cpp" line="67"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../model/handover/rulesworkbook.cpp" line="20"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
</context>
<context>
    <name>Portolan::HelpActions</name>
    <message>
        <location filename="../app/helpactions.cpp" line="24"/>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="27"/>
        <source>How to draw, plan addresses, export rules and hand over, illustrated</source>
        <translation>図の描き方、アドレスの計画、ルールのエクスポート、引き継ぎの方法を図解で説明します</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="30"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="32"/>
        <source>Every shortcut and mouse gesture, by menu</source>
        <translation>すべてのショートカットとマウス操作をメニューごとに表示します</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="34"/>
        <source>&amp;About Portolan</source>
        <translation>Portolan について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="37"/>
        <source>Portolan&apos;s version, and the libraries it is built on</source>
        <translation>Portolan のバージョンと、使用しているライブラリを表示します</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="39"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="41"/>
        <source>The version and licence of the Qt toolkit</source>
        <translation>Qt ツールキットのバージョンとライセンスを表示します</translation>
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
        <translation>パブリックドメイン</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="83"/>
        <source>BSD 2-Clause</source>
        <translation>BSD 2-Clause</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="89"/>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Port diagrams, address plans and firewall rules from one model of a platform&apos;s components and flows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;プラットフォームのコンポーネントとフローの 1 つのモデルから、ポート図、アドレス計画、ファイアウォールルールを作成します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="92"/>
        <source>&lt;p&gt;Built on:&lt;/p&gt;</source>
        <translation>&lt;p&gt;使用しているライブラリ:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="97"/>
        <source>About Portolan</source>
        <translation>Portolan について</translation>
    </message>
</context>
<context>
    <name>Portolan::HintPage</name>
    <message>
        <location filename="../views/inspector/hintpage.cpp" line="14"/>
        <source>Select a component or a flow to see and edit it here.</source>
        <translation>コンポーネントまたはフローを選択すると、ここで表示・編集できます。</translation>
    </message>
</context>
<context>
    <name>Portolan::ImportPreviewDialog</name>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="50"/>
        <source>Import Flows</source>
        <translation>フローのインポート</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="77"/>
        <source>Flows from %1</source>
        <translation>%1 のフロー</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="89"/>
        <source>The file&apos;s name: %1</source>
        <translation>ファイル名: %1</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="90"/>
        <source>Each file&apos;s name</source>
        <translation>各ファイルの名前</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="92"/>
        <source>The product of rows whose table has no product column or an empty product cell.</source>
        <translation>製品列がない表の行、または製品セルが空の行に使う製品です。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="94"/>
        <source>&amp;Default product:</source>
        <translation>既定の製品(&amp;D):</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="111"/>
        <source>Products and components in bold are new: the import creates them. A warning sign marks a line the importer warns about.</source>
        <translation>太字の製品とコンポーネントは新規で、インポートによって作成されます。警告マークは、インポートが警告している行を示します。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="114"/>
        <source>Warnings and errors:</source>
        <translation>警告とエラー:</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="116"/>
        <source>Click a warning to select the flows made from its line.</source>
        <translation>警告をクリックすると、その行から作られたフローが選択されます。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="122"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="223"/>
        <source>Nothing can be imported.</source>
        <translation>インポートできるものがありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="227"/>
        <source>%n flow to add</source>
        <translation>
            <numerusform>追加するフロー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="228"/>
        <source>%n flows to add</source>
        <translation>
            <numerusform>追加するフロー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="230"/>
        <source>%n already in the project</source>
        <translation>
            <numerusform>%n 件はすでにプロジェクトにあります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="234"/>
        <source>%n new component</source>
        <translation>
            <numerusform>新しいコンポーネント %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="235"/>
        <source>%n new components</source>
        <translation>
            <numerusform>新しいコンポーネント %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="239"/>
        <source>%n new product</source>
        <translation>
            <numerusform>新しい製品 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="240"/>
        <source>%n new products</source>
        <translation>
            <numerusform>新しい製品 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="247"/>
        <source>%n warning to read below</source>
        <translation>
            <numerusform>下に %n 件の警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="248"/>
        <source>%n warnings to read below</source>
        <translation>
            <numerusform>下に %n 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="255"/>
        <source>The project was closed.</source>
        <translation>プロジェクトは閉じられました。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="257"/>
        <source>Nothing can be imported while %1 cannot be read: see the errors above.</source>
        <translation>%1 を読み込めないため、インポートできません。上のエラーを参照してください。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="261"/>
        <source>The files cannot be imported: %1.</source>
        <translation>ファイルをインポートできません: %1。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="264"/>
        <source>Nothing to import: every flow in the files is already in the project.</source>
        <translation>インポートするものはありません。ファイル内のフローはすべてプロジェクトにあります。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="265"/>
        <source>Nothing to import: the files hold no flows.</source>
        <translation>インポートするものはありません。ファイルにフローがありません。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewdialog.cpp" line="276"/>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/import/importpreviewdialog.cpp" line="277"/>
        <source>Import %1 and %n other file(s)</source>
        <translation>
            <numerusform>%1 とほか %n 個のファイルをインポート</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ImportPreviewModel</name>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="77"/>
        <source>New product “%1”: the import creates it.</source>
        <translation>新しい製品「%1」: インポートにより作成されます。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="78"/>
        <source>New component “%1”: the import creates it.</source>
        <translation>新しいコンポーネント「%1」: インポートにより作成されます。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="82"/>
        <source>Optional: the table marks it “(optional)”.</source>
        <translation>任意: 表で「(optional)」と記されています。</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="86"/>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../views/import/importpreviewmodel.cpp" line="142"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>Portolan::JsonExporter</name>
    <message>
        <location filename="../views/export/jsonexporter.cpp" line="44"/>
        <source>Geometry as JSON</source>
        <translation>JSON 形式のジオメトリ</translation>
    </message>
</context>
<context>
    <name>Portolan::LintPanel</name>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="56"/>
        <source>Filter findings</source>
        <translation>指摘事項を絞り込み</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="58"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="58"/>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="71"/>
        <source>Click a finding to select what it is about</source>
        <translation>指摘事項をクリックすると、対象が選択されます</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="166"/>
        <source>The catalogue of well-known services could not be read: %1</source>
        <translation>既知サービスのカタログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="168"/>
        <source>No project is open.</source>
        <translation>プロジェクトが開かれていません。</translation>
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
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="173"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/lint/lintpanel.cpp" line="174"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="175"/>
        <source>design and the %1 address plan</source>
        <translation>設計と %1 のアドレス計画</translation>
    </message>
    <message>
        <location filename="../views/lint/lintpanel.cpp" line="177"/>
        <source>design only (no environment)</source>
        <translation>設計のみ (環境なし)</translation>
    </message>
</context>
<context>
    <name>Portolan::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="123"/>
        <source>Layout failed: %1</source>
        <translation>レイアウトに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Showing the whole project</source>
        <translation>プロジェクト全体を表示しています</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Showing: %1</source>
        <translation>表示中: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="190"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>Pre&amp;ferences…</source>
        <translation>設定(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>Language, theme, author, paper and diagram defaults</source>
        <translation>言語、テーマ、作成者、用紙、図の既定値を設定します</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="219"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="222"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="240"/>
        <source>Show or hide the %1 tool bar</source>
        <translation>「%1」ツールバーの表示/非表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246"/>
        <source>Show or hide the %1 panel</source>
        <translation>「%1」パネルの表示/非表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>E&amp;nvironment</source>
        <translation>環境(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="337"/>
        <source>%1 · baseline “%2”</source>
        <translation>%1 · ベースライン「%2」</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="350"/>
        <source>%L1 products · %L2 zones · %L3 components · %L4 flows</source>
        <translation>製品 %L1 · ゾーン %L2 · コンポーネント %L3 · フロー %L4</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="338"/>
        <source>%1 (read-only) — Portolan</source>
        <translation>%1 (読み取り専用) — Portolan</translation>
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
        <translation>ゾーン:</translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="23"/>
        <source>Move to Zone</source>
        <translation>ゾーンへ移動</translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="27"/>
        <source>Double-click one to inspect it alone</source>
        <translation>ダブルクリックすると、その項目だけを表示します</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="70"/>
        <source>%n component(s) selected</source>
        <translation>
            <numerusform>%n 個のコンポーネントを選択中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="73"/>
        <source>%n flow(s) selected</source>
        <translation>
            <numerusform>%n 件のフローを選択中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="76"/>
        <source>%n zone(s) selected</source>
        <translation>
            <numerusform>%n 個のゾーンを選択中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/multipage.cpp" line="79"/>
        <source>%n product(s) selected</source>
        <translation>
            <numerusform>%n 個の製品を選択中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/inspector/multipage.cpp" line="95"/>
        <source>(no zone)</source>
        <translation>(ゾーンなし)</translation>
    </message>
</context>
<context>
    <name>Portolan::PackLayout</name>
    <message>
        <location filename="../views/handover/packlayout.cpp" line="223"/>
        <source>%1 (continued)</source>
        <translation>%1 (続き)</translation>
    </message>
</context>
<context>
    <name>Portolan::PdfExporter</name>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="20"/>
        <source>PDF document</source>
        <translation>PDF ドキュメント</translation>
    </message>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="84"/>
        <source>Printed at %1 % in parts %2 to %3, one page each, so that labels print at 6 pt or more; neighbouring parts overlap.</source>
        <translation>ラベルが 6 pt 以上で印刷されるよう、%1 % の倍率でパート %2 ～ %3 に分けて各 1 ページに印刷されています。隣り合うパートは重なっています。</translation>
    </message>
    <message>
        <location filename="../views/export/pdfexporter.cpp" line="106"/>
        <source>Part %1 (row %2, column %3) · %4</source>
        <translation>パート %1 (%2 行 %3 列) · %4</translation>
    </message>
</context>
<context>
    <name>Portolan::PngExporter</name>
    <message>
        <location filename="../views/export/pngexporter.cpp" line="26"/>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
</context>
<context>
    <name>Portolan::PortsDelegate</name>
    <message>
        <location filename="../views/tables/portsdelegate.cpp" line="23"/>
        <source>e.g. 443 or 8080,8443 or 30000-32767</source>
        <translation>例: 443、8080,8443、30000-32767</translation>
    </message>
    <message>
        <location filename="../views/tables/portsdelegate.cpp" line="24"/>
        <source>%1 flows have no ports</source>
        <translation>%1 のフローにはポートがありません</translation>
    </message>
</context>
<context>
    <name>Portolan::PreferencesDialog</name>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="48"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="51"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="52"/>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="53"/>
        <source>Exports and Handover</source>
        <translation>エクスポートと引き継ぎ</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="68"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="74"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="75"/>
        <source>Numbers and dates follow the language. A new language is used from the next start.</source>
        <translation>数値と日付の形式は言語に従います。新しい言語は次回の起動時から使われます。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="79"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="80"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="81"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="82"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="85"/>
        <source>&amp;Recent projects kept:</source>
        <translation>最近使ったプロジェクトの保持数(&amp;R):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="94"/>
        <source>&amp;Show addresses under component names</source>
        <translation>コンポーネント名の下にアドレスを表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="96"/>
        <source>As View → Show Addresses: the addresses of the environment chosen in the tool bar.</source>
        <translation>表示 → アドレスを表示 と同じです。ツールバーで選択した環境のアドレスを表示します。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="100"/>
        <source>Orthogonal</source>
        <translation>直交</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="101"/>
        <source>Curved</source>
        <translation>曲線</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="102"/>
        <source>&amp;Edge style of new projects:</source>
        <translation>新しいプロジェクトのエッジのスタイル(&amp;E):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="118"/>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="127"/>
        <source>Default &amp;paper:</source>
        <translation>既定の用紙(&amp;P):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="128"/>
        <source>The sheet of diagram PDFs and handover packs until Export Diagram… or the pack&apos;s dialog remembers another.</source>
        <translation>図の PDF と引き継ぎ資料の用紙です。「図をエクスポート…」や資料のダイアログで別の用紙を選ぶと、そちらが記憶されます。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="120"/>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="104"/>
        <source>Left to right</source>
        <translation>左から右へ</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="105"/>
        <source>Top to bottom</source>
        <translation>上から下へ</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="106"/>
        <source>&amp;Layout direction of new projects:</source>
        <translation>新しいプロジェクトのレイアウトの方向(&amp;L):</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="107"/>
        <source>A project keeps its own edge style and direction: View → Edge Style and View → Layout Direction change them.</source>
        <translation>プロジェクトはエッジのスタイルと方向を個別に保持します: 表示 → エッジのスタイル と 表示 → レイアウトの方向 で変更できます。</translation>
    </message>
    <message>
        <location filename="../views/dialogs/preferencesdialog.cpp" line="121"/>
        <source>Printed in the title block and the sign-off of every handover pack, from the window and from portolan handover.</source>
        <translation>ウィンドウからでも portolan handover からでも、すべての引き継ぎ資料の表題欄と承認欄に印刷されます。</translation>
    </message>
    <message>
        <location filename="../app/preferences.cpp" line="171"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../app/preferences.cpp" line="172"/>
        <source>Portolan will speak the chosen language the next time it starts.</source>
        <translation>Portolan は次回の起動時から、選択した言語で表示されます。</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductList</name>
    <message>
        <location filename="../views/zones/productlist.cpp" line="27"/>
        <source>Add Product</source>
        <translation>製品を追加</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="28"/>
        <location filename="../views/zones/productlist.cpp" line="125"/>
        <source>Delete Product</source>
        <translation>製品を削除</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="29"/>
        <source>Colour…</source>
        <translation>色…</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="46"/>
        <source>Delete the selected product; its flows stay, without a product</source>
        <translation>選択した製品を削除します。そのフローは製品なしで残ります</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="50"/>
        <source>Choose the colour of the selected product&apos;s flows</source>
        <translation>選択した製品のフローの色を選びます</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="103"/>
        <source>New product %1</source>
        <translation>新しい製品 %1</translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="126"/>
        <source>Delete the product “%1”?</source>
        <translation>製品「%1」を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/zones/productlist.cpp" line="131"/>
        <source>%n flow(s) belong to it. They stay in the project, without a product.</source>
        <translation>
            <numerusform>%n 件のフローがこの製品に属しています。フローは製品なしでプロジェクトに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/zones/productlist.cpp" line="152"/>
        <source>Colour of “%1”</source>
        <translation>「%1」の色</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductModel</name>
    <message>
        <location filename="../views/zones/productmodel.cpp" line="18"/>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../views/zones/productmodel.cpp" line="18"/>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
</context>
<context>
    <name>Portolan::ProductPage</name>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="27"/>
        <source>Choose the colour of this product&apos;s flows</source>
        <translation>この製品のフローの色を選びます</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="29"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="31"/>
        <source>Colour:</source>
        <translation>色:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="32"/>
        <source>Flows:</source>
        <translation>フロー:</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="64"/>
        <source>Product “%1”</source>
        <translation>製品「%1」</translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="69"/>
        <source>%1 (automatic)</source>
        <translation>%1 (自動)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/productpage.cpp" line="71"/>
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n 件のフロー</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/inspector/productpage.cpp" line="91"/>
        <source>Colour of “%1”</source>
        <translation>「%1」の色</translation>
    </message>
</context>
<context>
    <name>Portolan::ProjectDocument</name>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="47"/>
        <source>Change prefix %1 of “%2”</source>
        <translation>「%2」のプレフィックス %1 を変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="48"/>
        <source>Add prefix %1 to “%2”</source>
        <translation>「%2」にプレフィックス %1 を追加</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="60"/>
        <source>Delete prefix %1 of “%2”</source>
        <translation>「%2」のプレフィックス %1 を削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="63"/>
        <source>Delete %n zone prefix(es)</source>
        <translation>
            <numerusform>%n 件のゾーンプレフィックスを削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="89"/>
        <source>Clear the addresses of %n component(s)</source>
        <translation>
            <numerusform>%n 個のコンポーネントのアドレスをクリア</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="110"/>
        <source>Allocate addresses to %n component(s)</source>
        <translation>
            <numerusform>%n 個のコンポーネントにアドレスを割り当て</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentaddresses.cpp" line="123"/>
        <source>Import an address plan (%n address(es))</source>
        <translation>
            <numerusform>アドレス計画をインポート (%n 件のアドレス)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="74"/>
        <source>Set the addresses of “%1”</source>
        <translation>「%1」のアドレスを設定</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="87"/>
        <source>Clear the addresses of “%1”</source>
        <translation>「%1」のアドレスをクリア</translation>
    </message>
    <message>
        <location filename="../model/document/documentaddresses.cpp" line="107"/>
        <source>Allocate %1 to “%2”</source>
        <translation>%1 を「%2」に割り当て</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="20"/>
        <source>Add component “%1”</source>
        <translation>コンポーネント「%1」を追加</translation>
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
        <translation>コンポーネント %1 はありません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="32"/>
        <source>Rename component to “%1”</source>
        <translation>コンポーネントの名前を「%1」に変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="44"/>
        <source>Make “%1” a %2</source>
        <translation>「%1」の種類を %2 に変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="55"/>
        <source>Edit notes of “%1”</source>
        <translation>「%1」のメモを編集</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="62"/>
        <location filename="../model/document/documentdrawing.cpp" line="103"/>
        <location filename="../model/document/documentedits.cpp" line="187"/>
        <location filename="../model/document/documentedits.cpp" line="198"/>
        <location filename="../model/document/documentedits.cpp" line="211"/>
        <location filename="../model/document/documentedits.cpp" line="222"/>
        <source>There is no zone %1.</source>
        <translation>ゾーン %1 はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="75"/>
        <source>Move %n component(s) to zone “%1”</source>
        <translation>
            <numerusform>%n 個のコンポーネントをゾーン「%1」へ移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="77"/>
        <source>Take %n component(s) out of their zone</source>
        <translation>
            <numerusform>%n 個のコンポーネントをゾーンから外す</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="95"/>
        <source>Move “%1”</source>
        <translation>「%1」を移動</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="96"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>%n 個のコンポーネントを移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="113"/>
        <source>Unpin %n component(s)</source>
        <translation>
            <numerusform>%n 個のコンポーネントの固定を解除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="131"/>
        <source>Flows can only move to a component that stays.</source>
        <translation>フローは、残るコンポーネントにのみ移動できます。</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="181"/>
        <source>Delete component “%1”</source>
        <translation>コンポーネント「%1」を削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="183"/>
        <source>Delete %n component(s)</source>
        <translation>
            <numerusform>%n 個のコンポーネントを削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="185"/>
        <source>%1, its flows to “%2”</source>
        <translation>%1、フローは「%2」へ</translation>
    </message>
    <message>
        <location filename="../model/document/documentcomponents.cpp" line="200"/>
        <source>Merge “%1” into “%2”</source>
        <translation>「%1」を「%2」に統合</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentcomponents.cpp" line="201"/>
        <source>Merge %n component(s) into “%1”</source>
        <translation>
            <numerusform>%n 個のコンポーネントを「%1」に統合</numerusform>
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
        <translation>ビュー %1 はありません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="36"/>
        <source>Reset layout of “%1”</source>
        <translation>「%1」のレイアウトをリセット</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="43"/>
        <source>Reset layout</source>
        <translation>レイアウトをリセット</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="81"/>
        <source>The view does not show component %1.</source>
        <translation>このビューにはコンポーネント %1 が表示されていません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="94"/>
        <source>Move “%1” in “%2”</source>
        <translation>「%2」内で「%1」を移動</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentdrawing.cpp" line="95"/>
        <source>Move %n component(s) in “%1”</source>
        <translation>
            <numerusform>「%1」内で %n 個のコンポーネントを移動</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="104"/>
        <source>Collapse zone “%1”</source>
        <translation>ゾーン「%1」を折りたたむ</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="105"/>
        <source>Expand zone “%1”</source>
        <translation>ゾーン「%1」を展開</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="143"/>
        <source>Draw edges curved</source>
        <translation>エッジを曲線で描画</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="143"/>
        <source>Draw edges at right angles</source>
        <translation>エッジを直角で描画</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="144"/>
        <source>Group flows by zone</source>
        <translation>ゾーンごとにフローをまとめる</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="144"/>
        <source>Draw every flow&apos;s own edge</source>
        <translation>フローごとに個別のエッジを描画</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="159"/>
        <source>Lay out top to bottom</source>
        <translation>上から下へレイアウト</translation>
    </message>
    <message>
        <location filename="../model/document/documentdrawing.cpp" line="159"/>
        <source>Lay out left to right</source>
        <translation>左から右へレイアウト</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="48"/>
        <source>Change the product of flow %1</source>
        <translation>フロー %1 の製品を変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="51"/>
        <source>Change the source of flow %1</source>
        <translation>フロー %1 の送信元を変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="54"/>
        <source>Change the destination of flow %1</source>
        <translation>フロー %1 の宛先を変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="57"/>
        <source>Change the protocol of flow %1</source>
        <translation>フロー %1 のプロトコルを変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="60"/>
        <source>Change the ports of flow %1</source>
        <translation>フロー %1 のポートを変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="63"/>
        <source>Change the purpose of flow %1</source>
        <translation>フロー %1 の用途を変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="66"/>
        <source>Change whether flow %1 is optional</source>
        <translation>フロー %1 のオプション指定を変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="69"/>
        <source>Edit the notes of flow %1</source>
        <translation>フロー %1 のメモを編集</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="72"/>
        <location filename="../model/document/documentedits.cpp" line="107"/>
        <source>Edit flow %1</source>
        <translation>フロー %1 を編集</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="89"/>
        <source>Add flow %1</source>
        <translation>フロー %1 を追加</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="98"/>
        <location filename="../model/document/documentedits.cpp" line="117"/>
        <source>There is no flow %1.</source>
        <translation>フロー %1 はありません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="121"/>
        <source>Delete flow %1</source>
        <translation>フロー %1 を削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/document/documentedits.cpp" line="122"/>
        <source>Delete %n flow(s)</source>
        <translation>
            <numerusform>%n 件のフローを削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="151"/>
        <source>%1 cannot be imported.</source>
        <translation>%1 をインポートできません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="154"/>
        <source>%1 changes nothing in the project.</source>
        <translation>%1 はプロジェクトを何も変更しません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="164"/>
        <source>Import components from %1</source>
        <translation>%1 からコンポーネントをインポート</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="178"/>
        <source>Add zone “%1”</source>
        <translation>ゾーン「%1」を追加</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="190"/>
        <source>Rename zone to “%1”</source>
        <translation>ゾーンの名前を「%1」に変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="202"/>
        <source>Move zone “%1” into “%2”</source>
        <translation>ゾーン「%1」を「%2」の中へ移動</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="203"/>
        <source>Move zone “%1” to the top level</source>
        <translation>ゾーン「%1」を最上位へ移動</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="214"/>
        <source>Edit notes of zone “%1”</source>
        <translation>ゾーン「%1」のメモを編集</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="241"/>
        <source>Delete zone “%1”</source>
        <translation>ゾーン「%1」を削除</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="252"/>
        <source>Add product “%1”</source>
        <translation>製品「%1」を追加</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="261"/>
        <location filename="../model/document/documentedits.cpp" line="272"/>
        <location filename="../model/document/documentedits.cpp" line="283"/>
        <source>There is no product %1.</source>
        <translation>製品 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="264"/>
        <source>Rename product to “%1”</source>
        <translation>製品の名前を「%1」に変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="275"/>
        <source>Change the colour of “%1”</source>
        <translation>「%1」の色を変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentedits.cpp" line="293"/>
        <source>Delete product “%1”</source>
        <translation>製品「%1」を削除</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="13"/>
        <source>Add environment “%1”</source>
        <translation>環境「%1」を追加</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="22"/>
        <location filename="../model/document/documentenvironments.cpp" line="35"/>
        <location filename="../model/document/documentenvironments.cpp" line="59"/>
        <source>There is no environment %1.</source>
        <translation>環境 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="27"/>
        <source>Rename environment to “%1”</source>
        <translation>環境の名前を「%1」に変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="49"/>
        <source>Duplicate environment “%1” as “%2”</source>
        <translation>環境「%1」を「%2」として複製</translation>
    </message>
    <message>
        <location filename="../model/document/documentenvironments.cpp" line="66"/>
        <source>Delete environment “%1”</source>
        <translation>環境「%1」を削除</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="29"/>
        <source>Add view “%1”</source>
        <translation>ビュー「%1」を追加</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="39"/>
        <source>Rename view to “%1”</source>
        <translation>ビューの名前を「%1」に変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="49"/>
        <source>Change what view “%1” shows</source>
        <translation>ビュー「%1」の表示内容を変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="60"/>
        <source>Draw view “%1” as zones</source>
        <translation>ビュー「%1」をゾーン単位で描画</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="61"/>
        <source>Draw view “%1” as components</source>
        <translation>ビュー「%1」をコンポーネント単位で描画</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="75"/>
        <source>Print view “%1” in the handover pack</source>
        <translation>ビュー「%1」を引き継ぎ資料に印刷</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="76"/>
        <source>Leave view “%1” out of the handover pack</source>
        <translation>ビュー「%1」を引き継ぎ資料から除外</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="103"/>
        <source>Duplicate view “%1” as “%2”</source>
        <translation>ビュー「%1」を「%2」として複製</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="115"/>
        <source>Delete view “%1”</source>
        <translation>ビュー「%1」を削除</translation>
    </message>
    <message>
        <location filename="../model/document/documentviews.cpp" line="140"/>
        <source>Move view “%1”</source>
        <translation>ビュー「%1」を移動</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="25"/>
        <source>Create baseline “%1”</source>
        <translation>ベースライン「%1」を作成</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="34"/>
        <location filename="../model/document/documentbaselines.cpp" line="43"/>
        <location filename="../model/document/documentbaselines.cpp" line="52"/>
        <source>There is no baseline %1.</source>
        <translation>ベースライン %1 はありません。</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="36"/>
        <source>Rename baseline to “%1”</source>
        <translation>ベースラインの名前を「%1」に変更</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="45"/>
        <source>Edit the note of baseline “%1”</source>
        <translation>ベースライン「%1」のメモを編集</translation>
    </message>
    <message>
        <location filename="../model/document/documentbaselines.cpp" line="61"/>
        <source>Delete baseline “%1”</source>
        <translation>ベースライン「%1」を削除</translation>
    </message>
</context>
<context>
    <name>Portolan::RecentFiles</name>
    <message>
        <location filename="../app/recentfiles.cpp" line="82"/>
        <source>No recent projects</source>
        <translation>最近使ったプロジェクトはありません</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="86"/>
        <source>&amp;Clear List</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/recentfiles.cpp" line="87"/>
        <source>Forget the recent projects (the files stay)</source>
        <translation>最近使ったプロジェクトの一覧を消去します (ファイルは残ります)</translation>
    </message>
</context>
<context>
    <name>Portolan::RulesExportAction</name>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="24"/>
        <source>Export Firewall &amp;Rules…</source>
        <translation>ファイアウォールルールをエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="27"/>
        <source>Write the current environment&apos;s firewall rules as a spreadsheet</source>
        <translation>現在の環境のファイアウォールルールをスプレッドシートとして書き出します</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="51"/>
        <source>Wrote %n rule(s) of %1 to %2.</source>
        <translation>
            <numerusform>%1 の %n 件のルールを %2 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="55"/>
        <source>%n have an endpoint without an address (marked in the Status column).</source>
        <translation>
            <numerusform>%n 件に、アドレスのない端点があります (Status 列に表示)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/rulesexportaction.cpp" line="59"/>
        <source>%n of the %1 rules of %2 cannot be requested as they are: an endpoint has no address in this environment. They are marked in the Status column; give those components addresses in the Address Plan.</source>
        <translation>
            <numerusform>%2 の %1 件のルールのうち %n 件は、この環境でアドレスのない端点があるため、そのままでは申請できません。これらは Status 列に表示されています。「アドレス計画」で該当するコンポーネントにアドレスを設定してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="75"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
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
        <translation>ファイアウォールルールのエクスポート</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="88"/>
        <source>Portolan writes rules as .xlsx or .csv, not “%1”.</source>
        <translation>Portolan はルールを「%1」ではなく .xlsx または .csv として書き出します。</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="92"/>
        <source>One rule per flow</source>
        <translation>フローごとに 1 ルール</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="93"/>
        <source>One rule per source, destination and protocol (ports united)</source>
        <translation>送信元・宛先・プロトコルごとに 1 ルール (ポートは統合)</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="97"/>
        <source>Rules:</source>
        <translation>ルール:</translation>
    </message>
    <message>
        <location filename="../app/rulesexportaction.cpp" line="104"/>
        <source>%1 could not be written.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Portolan::ShortcutsDialog</name>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="61"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="63"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="63"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="80"/>
        <source>On the diagram</source>
        <translation>図での操作</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="86"/>
        <source>Draw a flow</source>
        <translation>フローを描画</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="86"/>
        <source>Shift+drag from one component to another</source>
        <translation>コンポーネントから別のコンポーネントへ Shift+ドラッグ</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="87"/>
        <source>Add a component</source>
        <translation>コンポーネントを追加</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="87"/>
        <source>Double-click empty space</source>
        <translation>空いている場所をダブルクリック</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="88"/>
        <source>Edit a component or flow</source>
        <translation>コンポーネントまたはフローを編集</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="88"/>
        <source>Double-click it</source>
        <translation>対象をダブルクリック</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="89"/>
        <source>Move to the next component</source>
        <translation>次のコンポーネントへ移動</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="89"/>
        <source>Tab, Shift+Tab, or the arrow keys</source>
        <translation>Tab、Shift+Tab、または矢印キー</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="90"/>
        <source>Leave the diagram</source>
        <translation>図からフォーカスを移す</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="90"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="91"/>
        <source>Centre on the selection</source>
        <translation>選択範囲を中央に表示</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="91"/>
        <source>Space or Enter</source>
        <translation>Space または Enter</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="92"/>
        <source>Clear the selection</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="92"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="93"/>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="93"/>
        <source>+ and −, or Ctrl+wheel</source>
        <translation>+ と −、または Ctrl+ホイール</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="94"/>
        <source>Scroll</source>
        <translation>スクロール</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="94"/>
        <source>Wheel, Shift+wheel</source>
        <translation>ホイール、Shift+ホイール</translation>
    </message>
    <message>
        <location filename="../views/help/shortcutsdialog.cpp" line="104"/>
        <source>Find an action or a key</source>
        <translation>操作またはキーを検索</translation>
    </message>
</context>
<context>
    <name>Portolan::StartPage</name>
    <message>
        <location filename="../views/start/startpage.cpp" line="54"/>
        <source>Port diagrams, address plans and firewall rules from one model of a platform&apos;s components and flows. There is no Save: every change is kept in the project file at once.</source>
        <translation>プラットフォームのコンポーネントとフローの 1 つのモデルから、ポート図、アドレス計画、ファイアウォールルールを作成します。保存操作はありません。変更はすべて即座にプロジェクトファイルに記録されます。</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="61"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="63"/>
        <source>Open the TKO Sample…</source>
        <translation>TKO サンプルを開く…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="64"/>
        <source>VMware Tanzu for Kubernetes Operations: its zones, components and flows, saved as a new project you can change.</source>
        <translation>VMware Tanzu for Kubernetes Operations のゾーン、コンポーネント、フローを、変更可能な新しいプロジェクトとして保存します。</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="69"/>
        <source>Import a Port Table…</source>
        <translation>ポート表をインポート…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="70"/>
        <source>A markdown or CSV table of flows becomes a new project, after a preview.</source>
        <translation>Markdown または CSV のフローの表から、プレビューの後で新しいプロジェクトを作成します。</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="73"/>
        <source>New Empty Project…</source>
        <translation>新しい空のプロジェクト…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="74"/>
        <source>Draw components and flows on the diagram from the start.</source>
        <translation>最初から図にコンポーネントとフローを描画します。</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="77"/>
        <source>Open a Project…</source>
        <translation>プロジェクトを開く…</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="77"/>
        <source>A .portolan file from disk.</source>
        <translation>ディスク上の .portolan ファイルを開きます。</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="82"/>
        <source>Recent Projects</source>
        <translation>最近使ったプロジェクト</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="87"/>
        <source>You can also drop a project or port tables on this window.</source>
        <translation>プロジェクトやポート表をこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <location filename="../views/start/startpage.cpp" line="118"/>
        <source>None yet: the projects you open are listed here.</source>
        <translation>まだありません。開いたプロジェクトがここに表示されます。</translation>
    </message>
</context>
<context>
    <name>Portolan::SvgExporter</name>
    <message>
        <location filename="../views/export/svgexporter.cpp" line="214"/>
        <source>SVG image</source>
        <translation>SVG 画像</translation>
    </message>
</context>
<context>
    <name>Portolan::TablePanel</name>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="55"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="106"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/tables/tablepanel.cpp" line="108"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tables/tablepanel.cpp" line="297"/>
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n 行をコピーしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::UserGuide</name>
    <message>
        <location filename="../views/help/userguide.cpp" line="21"/>
        <source>Portolan User Guide</source>
        <translation>Portolan ユーザーガイド</translation>
    </message>
    <message>
        <location filename="../views/help/userguide.cpp" line="31"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../views/help/userguide.cpp" line="32"/>
        <source>&amp;Contents</source>
        <translation>目次(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Portolan::ViewsModel</name>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="85"/>
        <source>(deleted)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="92"/>
        <source>Products: %1</source>
        <translation>製品: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="99"/>
        <source>Protocols: %1</source>
        <translation>プロトコル: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="102"/>
        <source>Zones: %1</source>
        <translation>ゾーン: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="104"/>
        <source>Components: %1</source>
        <translation>コンポーネント: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="108"/>
        <source>Text: %1</source>
        <translation>テキスト: %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="110"/>
        <source>Everything in the project</source>
        <translation>プロジェクト内のすべて</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="112"/>
        <source>Drawn as zones</source>
        <translation>ゾーン単位で描画</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="114"/>
        <source>Printed in the handover pack</source>
        <translation>引き継ぎ資料に印刷</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="126"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewsmodel.cpp" line="128"/>
        <source>The whole project</source>
        <translation>プロジェクト全体</translation>
    </message>
</context>
<context>
    <name>Portolan::ViewsPanel</name>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="23"/>
        <source>New from Filter</source>
        <translation>フィルターから新規作成</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="25"/>
        <source>A new view showing what the filter bar selects</source>
        <translation>フィルターバーで選択した内容を表示する新しいビュー</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="26"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="28"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="32"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="34"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="36"/>
        <source>Zones as Nodes</source>
        <translation>ゾーンをノードとして表示</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="39"/>
        <source>Draw every top-level zone of the view as one node</source>
        <translation>ビューの最上位の各ゾーンを 1 つのノードとして描画します</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="40"/>
        <source>Print in Handover Pack</source>
        <translation>引き継ぎ資料に印刷</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="135"/>
        <source>View %1</source>
        <translation>ビュー %1</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="154"/>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="154"/>
        <source>%1 copy %2</source>
        <translation>%1 のコピー %2</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="214"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../views/projectviews/viewspanel.cpp" line="216"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
</context>
<context>
    <name>Portolan::WorkspaceDocks</name>
    <message>
        <location filename="../app/workspacedocks.cpp" line="35"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いているビュー&gt;</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="51"/>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="54"/>
        <source>Zones and Products</source>
        <translation>ゾーンと製品</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="59"/>
        <source>Flows</source>
        <translation>フロー</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="61"/>
        <source>Address Plan</source>
        <translation>アドレス計画</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="65"/>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="68"/>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="70"/>
        <source>Undo History</source>
        <translation>元に戻す履歴</translation>
    </message>
    <message>
        <location filename="../app/workspacedocks.cpp" line="74"/>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
</context>
<context>
    <name>Portolan::ZoneList</name>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="25"/>
        <source>Add Zone</source>
        <translation>ゾーンを追加</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="26"/>
        <source>Delete Zone</source>
        <translation>ゾーンを削除</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="44"/>
        <source>Add a zone inside the selected zone</source>
        <translation>選択したゾーンの中にゾーンを追加します</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="46"/>
        <source>Delete the selected zone; its members move up to its parent</source>
        <translation>選択したゾーンを削除します。そのメンバーは親ゾーンへ移ります</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="104"/>
        <source>New zone %1</source>
        <translation>新しいゾーン %1</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="187"/>
        <source>Move Into</source>
        <translation>移動先</translation>
    </message>
    <message>
        <location filename="../views/zones/zonelist.cpp" line="188"/>
        <source>(top level)</source>
        <translation>(最上位)</translation>
    </message>
</context>
<context>
    <name>Portolan::ZoneModel</name>
    <message>
        <location filename="../views/zones/zonemodel.cpp" line="24"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../views/zones/zonemodel.cpp" line="24"/>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePage</name>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="29"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="31"/>
        <source>Inside:</source>
        <translation>所属:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="32"/>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="33"/>
        <source>Holds:</source>
        <translation>含むもの:</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="67"/>
        <source>Zone “%1”</source>
        <translation>ゾーン「%1」</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="70"/>
        <source>(top level)</source>
        <translation>(最上位)</translation>
    </message>
    <message>
        <location filename="../views/inspector/zonepage.cpp" line="80"/>
        <source>%1, %2</source>
        <comment>components held, then zones held</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/zonepage.cpp" line="81"/>
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n 個のゾーン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/inspector/zonepage.cpp" line="79"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n 個のコンポーネント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixDialog</name>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="31"/>
        <source>Add Zone Prefix in %1</source>
        <translation>%1 にゾーンプレフィックスを追加</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="38"/>
        <source>10.0.1.0/24 or 2001:db8:1::/64</source>
        <translation>10.0.1.0/24 または 2001:db8:1::/64</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="40"/>
        <source>optional, 1-4094</source>
        <translation>省略可、1-4094</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="42"/>
        <source>optional, an address inside the prefix</source>
        <translation>省略可、プレフィックス内のアドレス</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="44"/>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="50"/>
        <source>&amp;Zone:</source>
        <translation>ゾーン(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="51"/>
        <source>&amp;Prefix:</source>
        <translation>プレフィックス(&amp;P):</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="52"/>
        <source>&amp;VLAN:</source>
        <translation>VLAN(&amp;V):</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="53"/>
        <source>&amp;Gateway:</source>
        <translation>ゲートウェイ(&amp;G):</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="54"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="85"/>
        <source>The VLAN must be a number 1-4094.</source>
        <translation>VLAN は 1-4094 の数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixdialog.cpp" line="88"/>
        <source>Type the prefix, such as 10.0.1.0/24.</source>
        <translation>プレフィックスを入力してください (例: 10.0.1.0/24)。</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixModel</name>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="101"/>
        <source>Values bound in this environment that lie inside the prefix</source>
        <translation>この環境で割り当てられ、プレフィックス内にある値</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="128"/>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="130"/>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="132"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="134"/>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="136"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="138"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="164"/>
        <source>There is no zone named “%1”.</source>
        <translation>「%1」という名前のゾーンはありません。</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixmodel.cpp" line="178"/>
        <source>The VLAN must be a number 1-4094, not “%1”.</source>
        <translation>VLAN は 1-4094 の数値でなければなりません (「%1」は無効です)。</translation>
    </message>
</context>
<context>
    <name>Portolan::ZonePrefixPanel</name>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="21"/>
        <source>Filter zone prefixes</source>
        <translation>ゾーンプレフィックスを絞り込み</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="24"/>
        <source>&amp;Add Zone Prefix…</source>
        <translation>ゾーンプレフィックスを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="25"/>
        <source>Give a zone a prefix in this environment</source>
        <translation>この環境でゾーンにプレフィックスを設定します</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="27"/>
        <source>&amp;Delete Zone Prefix</source>
        <translation>ゾーンプレフィックスを削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../views/addressplan/zoneprefixpanel.cpp" line="57"/>
        <source>Added %1 to “%2”.</source>
        <translation>%1 を「%2」に追加しました。</translation>
    </message>
</context>
</TS>
