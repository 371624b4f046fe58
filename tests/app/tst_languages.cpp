// The window in German, French and Japanese as the program loads them: the
// main menus, a dialog and a page of the handover pack translated, dates in
// the pack as the language writes them, Japanese text drawn with real
// glyphs; English plural forms; and translation files that are complete
// for the sources as they are now.
#include "addressing/addressplan.h"
#include "dialogs/preferencesdialog.h"
#include "handoveractions.h"
#include "mainwindow.h"
#include "pdfreader.h"
#include "project/sample.h"
#include "store/projectstore.h"
#include "translations.h"

#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPainter>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

// `text` drawn alone in `font`, cropped to nothing but the glyph's box.
QImage drawn(const QString &text, const QFont &font)
{
    QImage image(64, 64, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRect(0, 0, 64, 64), Qt::AlignCenter, text);
    return image;
}

int inkOf(const QImage &image)
{
    int ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            ink += row[x] < 128;
    }
    return ink;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortolanTests"_s);
        QCoreApplication::setApplicationName(u"tst_languages"_s);
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        qputenv("SOURCE_DATE_EPOCH", "1772582400"); // 2026-03-04
    }

    void cleanup() { installTranslations(*qApp, QLocale::c()); }

    void windowReadsInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("preferences");
        QTest::addColumn<QStringList>("packTexts");
        QTest::newRow("German") << u"de"_s
                                << QStringList { u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s,
                                                 u"&Hilfe"_s }
                                << u"Einstellungen"_s
                                << QStringList { u"Datum"_s, u"Zusammenfassung"_s,
                                                 u"4. März 2026"_s };
        QTest::newRow("French") << u"fr"_s
                                << QStringList { u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s,
                                                 u"Ai&de"_s }
                                << u"Préférences"_s
                                << QStringList { u"Auteur"_s, u"Résumé"_s, u"4 mars 2026"_s };
        QTest::newRow("Japanese") << u"ja"_s
                                  << QStringList { u"ファイル(&F)"_s, u"編集(&E)"_s, u"表示(&V)"_s,
                                                   u"ヘルプ(&H)"_s }
                                  << u"設定"_s
                                  << QStringList { u"日付"_s, u"概要"_s, u"2026年3月4日"_s };
    }

    void windowReadsInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, preferences);
        QFETCH(QStringList, packTexts);
        installTranslations(*qApp, uiLocale(language));
        QCOMPARE(QLocale().name().left(2), language);

        const QString path = m_dir.filePath(language + u".portolan"_s);
        {
            QString error;
            auto store = ProjectStore::create(path, &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(loadSample(*store, u"tko"_s, &error), qPrintable(error));
            QVERIFY(ensureEnvironment(*store, u"Lab"_s, &error));
        }
        MainWindow window(nullptr, QStringLiteral(PORTOLAN_BINARY));
        const QStringList titles = menuTitles(window);
        for (const QString &menu : menus)
            QVERIFY2(titles.contains(menu), qPrintable(titles.join(u" | "_s)));

        PreferencesDialog dialog;
        QCOMPARE(dialog.windowTitle(), preferences);

        QVERIFY(window.openProject(path));
        HandoverChoices choices = window.handover()->rememberedChoices();
        choices.pack.author = u"Ada Lovelace"_s;
        const QString pdf = m_dir.filePath(language + u".pdf"_s);
        QVERIFY(window.handover()->exportTo(pdf, choices));
        // Noto CJK maps some ideographs to their Kangxi radical look-alikes
        // in the PDF's text ("⽇" U+2F47 for "日"); compatibility
        // normalisation reads them as the ideographs.
        const QString title = PdfReader::text(pdf, 1).normalized(QString::NormalizationForm_KC);
        for (const QString &text : packTexts)
            QVERIFY2(title.contains(text), qPrintable(text + u" not in:\n"_s + title));
    }

    // Japanese needs a font with its glyphs (fonts-noto-cjk, a dependency
    // of the package): without one, every character is drawn as the same
    // empty box.
    void japaneseTextHasGlyphs()
    {
        QVERIFY(!QFontDatabase::families(QFontDatabase::Japanese).isEmpty());
        QFont font = QApplication::font();
        font.setPixelSize(40);
        QList<QImage> glyphs;
        for (const QString &character : { u"設"_s, u"定"_s, u"フ"_s, u"ル"_s }) {
            const QImage image = drawn(character, font);
            QVERIFY2(inkOf(image) > 20, qPrintable(character));
            for (const QImage &other : std::as_const(glyphs))
                QVERIFY2(image != other, qPrintable(character + u" drawn like another"_s));
            glyphs.append(image);
        }
    }

    void englishHasPluralForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << u"en_GB"_s;
        QTest::newRow("C") << u"C"_s;
        QTest::newRow("a language Portolan does not speak") << u"es_ES"_s;
    }

    void englishHasPluralForms()
    {
        QFETCH(QString, locale);
        installTranslations(*qApp, QLocale(locale));
        const char *context = "Portolan::FileActions";
        QCOMPARE(QCoreApplication::translate(context, "Imported %n flow(s)", nullptr, 1),
                 u"Imported 1 flow"_s);
        QCOMPARE(QCoreApplication::translate(context, "Imported %n flow(s)", nullptr, 3),
                 u"Imported 3 flows"_s);
        QCOMPARE(QCoreApplication::translate("Portolan::HandoverActions",
                                             "%n rule(s) have an endpoint without an address "
                                             "(shaded in the pack).",
                                             nullptr, 1)
                     .left(14),
                 u"1 rule has an "_s);
    }

    // Every text of the sources has its translation: lupdate run over the
    // sources into copies of the .ts files leaves nothing unfinished, and
    // English has both forms of every plural.
    void translationsAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "de", "fr", "ja", "en" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void translationsAreComplete()
    {
        QFETCH(QString, language);
        const QString source = QStringLiteral(PORTOLAN_SOURCE_DIR);
        const QString name = u"portolan_%1.ts"_s.arg(language);
        const QString copy = m_dir.filePath(name);
        QFile::remove(copy);
        QVERIFY(QFile::copy(source + u"/translations/"_s + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // As the build's lupdate: the .cpp files, with the include paths that
        // let it find the classes (and their namespaces) they translate in.
        QStringList arguments { u"-no-obsolete"_s, u"-extensions"_s, u"cpp"_s };
        for (const QString &include : { u"model"_s, u"views"_s, u"app"_s })
            arguments << u"-I"_s << source + u'/' + include;
        if (language == u"en"_s)
            arguments.append(u"-pluralonly"_s);
        for (const QString &folder :
             { u"app"_s, u"views"_s, u"model/document"_s, u"model/addressing"_s, u"model/diagram"_s,
               u"model/domain"_s, u"model/handover"_s, u"model/lint"_s })
            arguments.append(source + u'/' + folder);
        arguments << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.start(QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s, arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile ts(copy);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
        QCOMPARE(text.count(u"type=\"obsolete\""_s) + text.count(u"type=\"vanished\""_s), 0);
        QVERIFY(text.count(u"<message"_s) > (language == u"en"_s ? 50 : 800));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
