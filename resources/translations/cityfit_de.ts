<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/gui/actions.py" line="66"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="67"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="70"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="73"/>
        <source>&amp;Paste City Article…</source>
        <translation>Stadtartikel e&amp;infügen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="75"/>
        <source>Add &amp;Job Ad…</source>
        <translation>&amp;Stellenanzeige hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="76"/>
        <source>Paste Job A&amp;d…</source>
        <translation>Stellenanzeige ein&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="79"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="80"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="81"/>
        <source>Show &amp;Article</source>
        <translation>&amp;Artikel anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="86"/>
        <source>&amp;About CityFit</source>
        <translation>&amp;Über CityFit</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="101"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="101"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="102"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="85"/>
        <source>CityFit &amp;Help</source>
        <translation>CityFit-&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="68"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="71"/>
        <source>&amp;Unsaved Changes…</source>
        <translation>&amp;Ungespeicherte Änderungen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="72"/>
        <source>Add &amp;City Article…</source>
        <translation>&amp;Stadtartikel hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="74"/>
        <source>&amp;Remove Added City…</source>
        <translation>Hinzugefügte Stadt &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="77"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/actions.py" line="82"/>
        <source>&amp;Compare Cities…</source>
        <translation>Städte &amp;vergleichen…</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../app/gui/advice_panel.py" line="42"/>
        <source>What would raise your best score, measured by scoring your profile again with each change:</source>
        <translation>Was Ihr bestes Ergebnis verbessern würde – gemessen, indem Ihr Profil mit jeder Änderung neu bewertet wird:</translation>
    </message>
    <message>
        <location filename="../../app/gui/advice_panel.py" line="44"/>
        <source>&amp;Try this change</source>
        <translation>Änderung &amp;ausprobieren</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../app/gui/article_dialog.py" line="43"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../app/gui/article_dialog.py" line="73"/>
        <source>the sentence you clicked</source>
        <translation>der angeklickte Satz</translation>
    </message>
    <message>
        <location filename="../../app/gui/article_dialog.py" line="74"/>
        <source>other sentences the scores rest on</source>
        <translation>weitere Sätze, auf die sich die Bewertung stützt</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../app/gui/background.py" line="82"/>
        <source>Still working on the last one; please try again when it is done.</source>
        <translation>Der vorige Vorgang läuft noch; bitte versuchen Sie es gleich noch einmal, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/background.py" line="87"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/gui/background.py" line="89"/>
        <source>Step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
</context>
<context>
    <name>ChipEditor</name>
    <message>
        <location filename="../../app/gui/chips.py" line="140"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/chips.py" line="145"/>
        <source>Full: no more than %1 entries</source>
        <translation>Voll: höchstens %1 Einträge</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="80"/>
        <source>Type a skill and press Enter, e.g. complaint management</source>
        <translation>Fähigkeit eingeben und Enter drücken, z. B. Beschwerdemanagement</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="87"/>
        <source>Preferred industry, e.g. logistics</source>
        <translation>Wunschbranche, z. B. Logistik</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="89"/>
        <source>Preferred channel, e.g. chat</source>
        <translation>Bevorzugter Kanal, z. B. Chat</translation>
    </message>
</context>
<context>
    <name>CityDetail</name>
    <message>
        <location filename="../../app/gui/city_detail.py" line="31"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_detail.py" line="38"/>
        <source>No cities found. Add articles to the seeds folder.</source>
        <translation>Keine Städte gefunden. Legen Sie Artikel in den Ordner „seeds“.</translation>
    </message>
</context>
<context>
    <name>CityFiles</name>
    <message>
        <location filename="../../app/gui/city_files.py" line="72"/>
        <source>Add city article</source>
        <translation>Stadtartikel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="54"/>
        <source>Reading “%1”</source>
        <translation>„%1“ wird gelesen</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="72"/>
        <source>Reading the article…</source>
        <translation>Der Artikel wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="74"/>
        <source>Cancelled; the article was not added.</source>
        <translation>Abgebrochen; der Artikel wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="42"/>
        <location filename="../../app/gui/city_files.py" line="81"/>
        <source>Cannot add the article</source>
        <translation>Artikel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="44"/>
        <source>Cannot export the report</source>
        <translation>Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="65"/>
        <source>Reading the pasted text</source>
        <translation>Der eingefügte Text wird gelesen</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="87"/>
        <source>City added</source>
        <translation>Stadt hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="90"/>
        <source>Remove added city</source>
        <translation>Hinzugefügte Stadt entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="94"/>
        <source>You have not added any cities. The bundled cities cannot be removed.</source>
        <translation>Sie haben noch keine Städte hinzugefügt. Die mitgelieferten Städte lassen sich nicht entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="98"/>
        <source>Remove %1 from CityFit? Your own copy of the article is not touched.</source>
        <translation>%1 aus CityFit entfernen? Ihre eigene Kopie des Artikels bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="104"/>
        <source>Cannot remove the city</source>
        <translation>Stadt kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="119"/>
        <source>Scoring the cities…</source>
        <translation>Städte werden bewertet …</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="119"/>
        <source>Measuring the advice…</source>
        <translation>Tipps werden gemessen …</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="120"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="120"/>
        <source>Laying out the PDF pages…</source>
        <translation>PDF-Seiten werden gesetzt …</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="121"/>
        <source>Saving the file…</source>
        <translation>Datei wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="126"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="126"/>
        <source>Exporting “%1”</source>
        <translation>„%1“ wird exportiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/city_files.py" line="130"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../app/gui/compare_dialog.py" line="75"/>
        <source>Tick at least one city on the left to see it here.</source>
        <translation>Haken Sie links mindestens eine Stadt an, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/compare_dialog.py" line="101"/>
        <source>Compare cities</source>
        <translation>Städte vergleichen</translation>
    </message>
    <message>
        <location filename="../../app/gui/compare_dialog.py" line="102"/>
        <source>Tick the cities to compare:</source>
        <translation>Haken Sie die Städte an, die Sie vergleichen möchten:</translation>
    </message>
    <message>
        <location filename="../../app/gui/compare_dialog.py" line="104"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../app/gui/compare_dialog.py" line="139"/>
        <source>best of these</source>
        <translation>vorn unter diesen</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/gui/dialogs.py" line="56"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="57"/>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Möchten Sie die Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="64"/>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="65"/>
        <source>CityFit profiles (*.cityfit);;All files (*)</source>
        <translation>CityFit-Profile (*.cityfit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="68"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="69"/>
        <source>CityFit profiles (*.cityfit)</source>
        <translation>CityFit-Profile (*.cityfit)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="72"/>
        <source>“%1” was deleted by another program since you opened it.</source>
        <translation>„%1“ wurde von einem anderen Programm gelöscht, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="74"/>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, seit Sie es geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="75"/>
        <source>File changed</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="77"/>
        <source>Save your version anyway, or save it under another name?</source>
        <translation>Ihre Fassung trotzdem speichern oder unter einem anderen Namen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="80"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="81"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="98"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="99"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="100"/>
        <source>Web page, one file (*.html)</source>
        <translation>Webseite, eine Datei (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="103"/>
        <source>Add city article</source>
        <translation>Stadtartikel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="104"/>
        <source>Articles (*.txt *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="108"/>
        <source>Paste City Article</source>
        <translation>Stadtartikel einfügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="109"/>
        <source>Copy the article in your browser (Ctrl+A, Ctrl+C) and paste it here (Ctrl+V).</source>
        <translation>Kopieren Sie den Artikel im Browser (Strg+A, Strg+C) und fügen Sie ihn hier ein (Strg+V).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="111"/>
        <source>Paste the article here</source>
        <translation>Artikeltext hier einfügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="115"/>
        <source>Paste Job Ad</source>
        <translation>Stellenanzeige einfügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="116"/>
        <source>Copy the job ad in your browser (Ctrl+A, Ctrl+C) and paste it here (Ctrl+V).</source>
        <translation>Kopieren Sie die Stellenanzeige im Browser (Strg+A, Strg+C) und fügen Sie sie hier ein (Strg+V).</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="118"/>
        <source>Paste the job ad here</source>
        <translation>Stellenanzeige hier einfügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="121"/>
        <source>City:</source>
        <translation>Stadt:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="128"/>
        <source>Add job ads</source>
        <translation>Stellenanzeigen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="129"/>
        <source>Job ads (*.txt *.html *.htm);;All files (*)</source>
        <translation>Stellenanzeigen (*.txt *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="138"/>
        <source>Place of work</source>
        <translation>Arbeitsort</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs.py" line="139"/>
        <source>CityFit finds no place of work in “%1”. In which city is the job? Choose one or type another.</source>
        <translation>In „%1“ findet CityFit keinen Arbeitsort. In welcher Stadt ist die Stelle? Wählen Sie eine aus oder geben Sie eine andere ein.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/gui/help_text.py" line="18"/>
        <source>What CityFit does</source>
        <translation>Was CityFit tut</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="19"/>
        <source>CityFit compares cities for a job in customer service. Enter on the left what you bring and what you want: skills, languages, pay, working hours. On the right the cities are ranked as you type, best fit first, with one bar per criterion.</source>
        <translation>CityFit vergleicht Städte für eine Stelle im Kundenservice. Tragen Sie links ein, was Sie mitbringen und was Sie sich wünschen: Fähigkeiten, Sprachen, Gehalt, Arbeitszeiten. Rechts ordnet CityFit die Städte schon während der Eingabe, die beste Passung zuerst, mit einem Balken je Kriterium.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="22"/>
        <source>Select a city to read under “Why” how each criterion was judged, with the sentences from the article it rests on; click a sentence to see it in the whole article. “Salary chart” draws every city&apos;s pay bands against your wishes, “Advice” lists measured changes that would raise your score. View → Compare Cities puts cities side by side; File → Export Report writes it all as PDF or HTML.</source>
        <translation>Wählen Sie eine Stadt, um unter „Warum“ zu lesen, wie jedes Kriterium bewertet wurde, mit den Sätzen aus dem Artikel, auf denen das beruht; ein Klick auf einen Satz zeigt ihn im ganzen Artikel. „Gehaltsvergleich“ zeichnet die Gehaltsspannen aller Städte neben Ihre Wünsche, „Tipps“ nennt nachgerechnete Änderungen, die Ihre Bewertung heben würden. Ansicht → Städte vergleichen stellt Städte nebeneinander; Datei → Bericht exportieren schreibt alles als PDF oder HTML.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="28"/>
        <source>How CityFit reads an article</source>
        <translation>Wie CityFit einen Artikel liest</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="29"/>
        <source>Each city has one career article. CityFit reads it sentence by sentence and recognises skills, languages, industries, contact channels, working hours, onboarding and ways to grow by the words articles use for them, word forms and compounds included (“Schichtdienst”, “Früh- und Spätschicht”).</source>
        <translation>Zu jeder Stadt gibt es einen Berufsartikel. CityFit liest ihn Satz für Satz und erkennt Fähigkeiten, Sprachen, Branchen, Kontaktkanäle, Arbeitszeiten, Einarbeitung und Wege, sich weiterzuentwickeln, an den Wörtern, mit denen Artikel davon sprechen, auch in anderen Formen und Zusammensetzungen („Schichtdienst“, „Früh- und Spätschicht“).</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="33"/>
        <source>A sentence counts only for what it states about the work. What the article denies (“kein Wochenenddienst”), asks, only supposes, or tells about residents, the scenery or someone&apos;s former job is not counted as a fact of the job.</source>
        <translation>Ein Satz zählt nur mit dem, was er über die Arbeit feststellt. Was der Artikel verneint („kein Wochenenddienst“), fragt, nur vermutet oder über Einwohner, die Landschaft oder den früheren Beruf von jemandem erzählt, zählt nicht als Tatsache über die Stelle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="36"/>
        <source>Pay comes from sentences with amounts in euros; each band keeps whom it is for (beginners, experienced staff) and what it asks for. Every fact keeps its sentence, so you can check it.</source>
        <translation>Gehälter stammen aus Sätzen mit Euro-Beträgen; jede Spanne behält, für wen sie gilt (Einsteiger, erfahrene Kräfte) und was sie voraussetzt. Jede Tatsache behält ihren Satz, damit Sie sie prüfen können.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="39"/>
        <source>Articles you add with File → Add City Article are read the same way. CityFit keeps what it read, so the next start is quick; nothing leaves your computer.</source>
        <translation>Artikel, die Sie mit Datei → Stadtartikel hinzufügen ergänzen, werden genauso gelesen. CityFit merkt sich, was es gelesen hat, damit der nächste Start schnell geht; nichts verlässt Ihren Computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="42"/>
        <source>Job ads</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="43"/>
        <source>Under “Jobs” CityFit matches you against concrete job ads you found: add one from a file or a saved web page (File → Add Job Ad), paste one copied from your browser (File → Paste Job Ad), or drop a file or a selection on the tab. An ad is read like an article, and also for its title, employer, place of work, pay as it states it, hours, contract and what it asks of you.</source>
        <translation>Unter „Stellen“ vergleicht CityFit Sie mit konkreten Stellenanzeigen, die Sie gefunden haben: Fügen Sie eine aus einer Datei oder einer gespeicherten Webseite hinzu (Datei → Stellenanzeige hinzufügen), fügen Sie eine aus dem Browser kopierte ein (Datei → Stellenanzeige einfügen) oder ziehen Sie eine Datei oder einen markierten Text auf den Reiter. Eine Anzeige wird gelesen wie ein Artikel, dazu ihr Titel, der Arbeitgeber, der Arbeitsort, das Gehalt, wie sie es nennt, die Arbeitszeit, der Vertrag und was sie von Ihnen verlangt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="47"/>
        <source>An ad&apos;s score is the same criteria as a city&apos;s, with its requirements besides: the share you meet, where what is required counts double and what is a plus counts half. Each city in the ranking says how many saved ads there fit well. Ads are kept until you remove them.</source>
        <translation>Die Wertung einer Anzeige folgt denselben Kriterien wie die einer Stadt, dazu ihren Anforderungen: dem Anteil, den Sie erfüllen, wobei Gefordertes doppelt und Vorteilhaftes halb zählt. Jede Stadt in der Rangliste nennt, wie viele gespeicherte Anzeigen dort gut passen. Anzeigen bleiben, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="51"/>
        <source>How CityFit scores</source>
        <translation>Wie CityFit bewertet</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="52"/>
        <source>Keys</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="53"/>
        <source>F1 this help · Ctrl+R the article of the selected city · Ctrl+K compare cities · Ctrl+E export the report · Ctrl+J add a job ad · Ctrl+S save · Ctrl+Z undo · Ctrl+O open a profile</source>
        <translation>F1 diese Hilfe · Strg+R Artikel der gewählten Stadt · Strg+K Städte vergleichen · Strg+E Bericht exportieren · Strg+J Stellenanzeige hinzufügen · Strg+S speichern · Strg+Z rückgängig · Strg+O Profil öffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="63"/>
        <source>Pay: a band means what the article&apos;s sentence says. Bands for beginners are for everyone. A band tied to experience or to extras the article names is reached with any one of them; experience means %1 years or more, and a language counts from level %2. Skilled staff with extra qualifications, and moving into more demanding teams, need both: the years and one of the qualifications named.</source>
        <translation>Gehalt: Eine Spanne bedeutet, was der Satz im Artikel sagt. Spannen für Einsteiger gelten für alle. Eine Spanne, die an Erfahrung oder an genannte Zusatzkenntnisse geknüpft ist, erreichen Sie mit einem davon; Erfahrung heißt ab %1 Jahren, eine Sprache zählt ab Niveau %2. Für Fachkräfte mit Zusatzqualifikation und für den Wechsel in anspruchsvollere Teams braucht es beides: die Jahre und eine der genannten Qualifikationen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="69"/>
        <source>A band the article only hints at (“ein paar Hundert mehr”, a few hundred more) is an estimate: it is marked “estimated” wherever it appears and counts only with its lower figure.</source>
        <translation>Eine Spanne, die der Artikel nur andeutet („ein paar Hundert mehr“), ist eine Schätzung: Sie ist überall als „geschätzt“ gekennzeichnet und zählt nur mit ihrem unteren Wert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="71"/>
        <source>Shift, night and weekend work: accepting them never changes a score. Refusing them costs points where the article names them, fewer where it says they happen now and then, and none where it rules them out or calls them rare. “Only now and then” is met where they happen now and then, and half met where the article does not say how often.</source>
        <translation>Schicht-, Nacht- und Wochenendarbeit: Sie in Kauf zu nehmen, ändert keine Wertung. Wer sie ablehnt, verliert Punkte, wo der Artikel sie nennt, weniger, wo sie laut Artikel nur hin und wieder vorkommen, und keine, wo der Artikel sie ausschließt oder selten nennt. „Nur ab und zu“ ist erfüllt, wo sie hin und wieder vorkommen, und halb erfüllt, wo der Artikel nicht sagt, wie oft.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="75"/>
        <source>Telling more never hurts: a language, skill or wish the article names can only add points; what you do not list is unknown, not missing. What CityFit does not recognise is shown as “not recognised” and never counts. German is expected at level %1 for customer service in Germany; below that the language score drops in every city.</source>
        <translation>Mehr anzugeben schadet nie: Eine Sprache, eine Fähigkeit oder ein Wunsch, den der Artikel nennt, kann nur Punkte bringen; was Sie nicht angeben, gilt als unbekannt, nicht als fehlend. Was CityFit nicht erkennt, ist als „nicht erkannt“ markiert und zählt nie. Deutsch wird im Kundenservice in Deutschland ab Niveau %1 erwartet; darunter sinkt die Sprachwertung in jeder Stadt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="79"/>
        <source>Unknown is neither good nor bad: what an article does not say counts with the neutral %1 points, and so does what you have not said. Each city shows how much of its score rests on its article.</source>
        <translation>Unbekanntes ist weder gut noch schlecht: Wozu ein Artikel nichts sagt, zählt neutral mit %1 Punkten, ebenso alles, wozu Sie nichts angegeben haben. Bei jeder Stadt steht, wie viel ihrer Wertung auf ihrem Artikel beruht.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="82"/>
        <source>A must-have the article says nothing about is “not confirmed”: neither met nor broken.</source>
        <translation>Ein Muss-Kriterium, zu dem der Artikel nichts sagt, ist „nicht bestätigt“: weder erfüllt noch verletzt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="83"/>
        <source>What an article only speculates about (“vielleicht wird irgendwann Chinesisch wichtig”) is listed apart under “only speculated” with its sentence and never counts.</source>
        <translation>Was ein Artikel nur vermutet („vielleicht wird irgendwann Chinesisch wichtig“), steht mit seinem Satz gesondert unter „Nur vermutet“ und zählt nie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/help_text.py" line="85"/>
        <source>The sentence below the ranking names the criterion that brings the largest share of the leader&apos;s lead.</source>
        <translation>Der Satz unter der Rangfolge nennt das Kriterium, das den größten Teil des Vorsprungs der ersten Stadt ausmacht.</translation>
    </message>
</context>
<context>
    <name>JobFiles</name>
    <message>
        <location filename="../../app/gui/job_files.py" line="33"/>
        <location filename="../../app/gui/job_files.py" line="96"/>
        <source>Cannot add the job ad</source>
        <translation>Stellenanzeige kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_files.py" line="59"/>
        <source>Remove job ad</source>
        <translation>Stellenanzeige entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_files.py" line="60"/>
        <source>Remove the job ad “%1” from CityFit? A file you added it from is not touched.</source>
        <translation>Die Stellenanzeige „%1“ aus CityFit entfernen? Eine Datei, aus der Sie sie hinzugefügt haben, bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_files.py" line="67"/>
        <source>Cannot remove the job ad</source>
        <translation>Stellenanzeige kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_files.py" line="82"/>
        <source>Add job ad</source>
        <translation>Stellenanzeige hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_files.py" line="82"/>
        <source>Reading “%1”</source>
        <translation>„%1“ wird gelesen</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_files.py" line="83"/>
        <source>Reading the job ad…</source>
        <translation>Die Stellenanzeige wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/job_files.py" line="85"/>
        <source>Cancelled; the job ad was not added.</source>
        <translation>Abgebrochen; die Stellenanzeige wurde nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="112"/>
        <source>&amp;City:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="113"/>
        <source>&amp;Add Job Ad…</source>
        <translation>Anzeige &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="114"/>
        <source>&amp;Paste Job Ad…</source>
        <translation>Anzeige &amp;einfügen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="115"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="116"/>
        <source>Job ads</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="117"/>
        <source>No job ads saved yet. Add one from a file or a saved web page, paste one copied from your browser, or drop a file here.</source>
        <translation>Noch keine Stellenanzeigen gespeichert. Fügen Sie eine aus einer Datei oder einer gespeicherten Webseite hinzu, fügen Sie eine aus dem Browser kopierte ein oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="143"/>
        <source>Job ad: %1</source>
        <translation>Stellenanzeige: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="161"/>
        <source>All cities</source>
        <translation>Alle Städte</translation>
    </message>
    <message>
        <location filename="../../app/gui/jobs_panel.py" line="187"/>
        <source>place of work not named</source>
        <translation>Arbeitsort nicht genannt</translation>
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <location filename="../../app/gui/languages_editor.py" line="87"/>
        <source>&amp;Add language</source>
        <translation>Sprache &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/languages_editor.py" line="143"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/gui/languages_editor.py" line="144"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/languages_editor.py" line="145"/>
        <source>Remove language</source>
        <translation>Sprache entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="276"/>
        <source>Cannot try this change</source>
        <translation>Änderung kann nicht ausprobiert werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="321"/>
        <source>Cannot show article</source>
        <translation>Artikel kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="322"/>
        <source>“%1” cannot be shown: it was changed, moved or deleted since CityFit read it.</source>
        <translation>„%1“ kann nicht angezeigt werden: Die Datei wurde geändert, verschoben oder gelöscht, seit CityFit sie gelesen hat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="325"/>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="345"/>
        <source>&amp;Cities, best fit first</source>
        <translation>&amp;Städte, beste Passung zuerst</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="349"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="350"/>
        <source>Salary chart</source>
        <translation>Gehaltsvergleich</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="351"/>
        <source>Advice</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="352"/>
        <source>Jobs</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="365"/>
        <source>No recent profiles</source>
        <translation>Keine zuletzt geöffneten Profile</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="378"/>
        <source>CityFit Help</source>
        <translation>CityFit-Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="381"/>
        <source>About CityFit</source>
        <translation>Über CityFit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="382"/>
        <source>CityFit %1: which city fits your customer-service career, and why.</source>
        <translation>CityFit %1: Welche Stadt passt zu Ihrer Laufbahn im Kundenservice, und warum.</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../app/gui/paste_dialog.py" line="60"/>
        <source>Menus, advertising and cookie notices of a copied web page are left out; you can still edit the text before adding it.</source>
        <translation>Menüs, Werbung und Cookie-Hinweise einer kopierten Webseite werden weggelassen; Sie können den Text vor dem Hinzufügen noch bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/paste_dialog.py" line="65"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>ProfileDocument</name>
    <message>
        <location filename="../../app/gui/document.py" line="110"/>
        <location filename="../../app/gui/document.py" line="210"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../app/gui/document.py" line="141"/>
        <source>Cannot open profile</source>
        <translation>Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/document.py" line="168"/>
        <source>“%1” could not be saved: %2. Your changes are still here.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <location filename="../../app/gui/document.py" line="171"/>
        <source>Cannot save profile</source>
        <translation>Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/document.py" line="196"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/gui/document.py" line="197"/>
        <source>No unsaved changes from earlier sessions are waiting.</source>
        <translation>Aus früheren Sitzungen liegen keine ungespeicherten Änderungen vor.</translation>
    </message>
    <message>
        <location filename="../../app/gui/document.py" line="214"/>
        <source>%1 · last changed %2</source>
        <translation>%1 · zuletzt geändert %2</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="250"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="253"/>
        <source>Monthly pay (gross)</source>
        <translation>Monatsgehalt (brutto)</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="255"/>
        <source>How much each criterion counts</source>
        <translation>Wie stark jedes Kriterium zählt</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="256"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="256"/>
        <source>&amp;Experience</source>
        <translation>&amp;Berufserfahrung</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="258"/>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="256"/>
        <source>&amp;Minimum</source>
        <translation>&amp;Mindestens</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="256"/>
        <source>&amp;Desired</source>
        <translation>&amp;Wunsch</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="267"/>
        <source>⚠ Your desired pay is below your minimum, so CityFit takes your minimum as your wish.</source>
        <translation>⚠ Ihr Wunschgehalt liegt unter Ihrem Minimum; CityFit rechnet deshalb mit dem Minimum als Wunsch.</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="273"/>
        <location filename="../../app/gui/profile_editor.py" line="277"/>
        <source>No preference</source>
        <translation>Egal</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="277"/>
        <source>Important to me</source>
        <translation>Ist mir wichtig</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="278"/>
        <source>Not needed</source>
        <translation>Brauche ich nicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="280"/>
        <source>Must</source>
        <translation>Muss</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="281"/>
        <source>A city that does not meet this is flagged and ranked below the others.</source>
        <translation>Eine Stadt, die das nicht erfüllt, wird markiert und hinter die anderen gestellt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="282"/>
        <source>Must: %1</source>
        <translation>Muss: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/profile_editor.py" line="283"/>
        <source>New skill</source>
        <translation>Neue Fähigkeit</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/gui/recovery_dialog.py" line="15"/>
        <source>Unsaved changes found</source>
        <translation>Ungespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <location filename="../../app/gui/recovery_dialog.py" line="17"/>
        <source>CityFit was not closed properly. These changes were never saved. Restore one into this window or discard what you no longer need; whatever you leave here is kept and offered again at the next start (and under File → Unsaved Changes…).</source>
        <translation>CityFit wurde nicht richtig beendet. Diese Änderungen wurden nie gespeichert. Stellen Sie eine davon in diesem Fenster wieder her oder verwerfen Sie, was Sie nicht mehr brauchen. Was Sie hier lassen, bleibt aufbewahrt und wird beim nächsten Start wieder angeboten (auch unter Datei → Ungespeicherte Änderungen…).</translation>
    </message>
    <message>
        <location filename="../../app/gui/recovery_dialog.py" line="23"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/gui/recovery_dialog.py" line="31"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/recovery_dialog.py" line="32"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../app/gui/recovery_dialog.py" line="33"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>SalaryChart</name>
    <message>
        <location filename="../../app/gui/salary_chart.py" line="36"/>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <location filename="../../app/gui/salary_chart.py" line="37"/>
        <source>The article names no pay</source>
        <translation>Der Artikel nennt kein Gehalt</translation>
    </message>
    <message>
        <location filename="../../app/gui/salary_chart.py" line="38"/>
        <source>Dashed and marked “estimated”: the article names no figures for this band; only its lower end counts.</source>
        <translation>Gestrichelt und „geschätzt“: Für diese Spanne nennt der Artikel keine Zahlen; gezählt wird nur ihr unterer Wert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/salary_chart.py" line="40"/>
        <source>Salary chart</source>
        <translation>Gehaltsvergleich</translation>
    </message>
</context>
<context>
    <name>ScoreLegend</name>
    <message>
        <location filename="../../app/gui/score_legend.py" line="38"/>
        <source>no information: counts as neutral</source>
        <translation>keine Angabe: zählt neutral</translation>
    </message>
    <message>
        <location filename="../../app/gui/score_legend.py" line="39"/>
        <source>fits well</source>
        <translation>passt gut</translation>
    </message>
    <message>
        <location filename="../../app/gui/score_legend.py" line="39"/>
        <source>in part</source>
        <translation>teils</translation>
    </message>
    <message>
        <location filename="../../app/gui/score_legend.py" line="39"/>
        <source>fits poorly</source>
        <translation>passt schlecht</translation>
    </message>
    <message>
        <location filename="../../app/gui/score_legend.py" line="44"/>
        <source>Grey and striped: the article says nothing about this criterion, or you have given nothing for it. What is unknown counts with the neutral %1 points; “Why” says how each criterion counts.</source>
        <translation>Grau gestreift: Der Artikel sagt zu diesem Kriterium nichts, oder Sie haben dazu nichts angegeben. Unbekanntes zählt neutral mit %1 Punkten; wie jedes Kriterium zählt, steht unter „Warum“.</translation>
    </message>
</context>
<context>
    <name>WeightsEditor</name>
    <message>
        <location filename="../../app/gui/weights_editor.py" line="65"/>
        <source>&amp;Reset to defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
</context>
</TS>
