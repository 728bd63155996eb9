package org.readout.clean;

import org.readout.knowledge.Cues;
import org.readout.knowledge.GovernmentSites;
import org.readout.source.InputRejected;
import org.readout.source.RawDocument;
import org.readout.source.SourceMeta;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a document, takes the article out of HTML, removes web junk and repeated text, and finds the title,
 * outlet, kind and language the document supports. Metadata given with the document wins over what the page says.
 * What it had to change to read a document at all (invalid bytes replaced, deep HTML flattened) is in its warnings.
 */
public final class DefaultCleaner implements Cleaner {
    static final String NO_TEXT = "no article text found";

    private final JunkFilter junk;
    private final HtmlExtractor html;
    private final TitleFinder titles;
    private final OutletFinder outlets;
    private final KindClassifier kinds;
    private final GovernmentSites governmentSites;
    private final DateStamp dateStamps;

    /** With the bundled rules, list of government sites and cues. */
    public DefaultCleaner() {
        this(CleaningRules.load(null), GovernmentSites.load(null), Cues.load(null));
    }

    /**
     * With cleaning rules, and the government sites and cues of a knowledge base (a user's included): the sites tell
     * official pages by their address, the cues' {@code published-label}s a publication stamp glued to the first line.
     */
    public DefaultCleaner(CleaningRules rules, GovernmentSites governmentSites, Cues cues) {
        this.junk = new JunkFilter(rules.junk);
        this.html = new HtmlExtractor(rules.junk);
        this.titles = new TitleFinder(rules.junk);
        this.outlets = rules.outlets;
        this.kinds = rules.kinds;
        this.governmentSites = governmentSites;
        this.dateStamps = new DateStamp(cues);
    }

    @Override
    public CleanDocument clean(RawDocument raw) throws InputRejected {
        TextDecoder.Decoded decoding = TextDecoder.decode(raw.view(), raw.source());
        String decoded = decoding.text();
        List<String> warnings = new ArrayList<>();
        if (decoding.invalidBytes() > 0) {
            warnings.add(decoding.invalidBytes() + " invalid UTF-8 byte" + (decoding.invalidBytes() == 1 ? "" : "s") + " replaced with U+FFFD");
        }
        String extension = raw.extension();
        boolean isHtml = ((extension.equals("html") || extension.equals("htm")) && HtmlExtractor.hasTags(decoded))
                || (!extension.equals("md") && HtmlExtractor.looksLikeHtml(decoded));
        List<String> lines;
        SourceMeta pageMeta = SourceMeta.EMPTY;
        if (isHtml) {
            HtmlExtractor.Page page = html.extract(decoded, raw.meta().url());
            lines = page.lines();
            pageMeta = page.meta();
            warnings.addAll(page.warnings());
        } else {
            String text = TextNormalizer.normalize(decoded);
            lines = extension.equals("md") ? TextBlocks.markdown(text) : TextBlocks.plain(text);
        }
        lines = dateStamps.split(lines);
        JunkFilter.Result result = junk.filter(lines, !isHtml);
        List<String> kept = DuplicateFilter.filter(result.kept());
        if (kept.stream().noneMatch(line -> line.chars().anyMatch(Character::isLetter))) {
            throw new InputRejected(raw.source(), NO_TEXT);
        }
        String text = String.join("\n\n", kept);
        SourceMeta meta = raw.meta().orElse(pageMeta);

        Outlet found = outlets.find(result.head(), result.boilerplate());
        String url = raw.meta().url() != null ? raw.meta().url() : pageMeta.url();
        DocumentKind kind = kinds.classify(result.head(), lines, kept, found, url, governmentSites.countryOf(url).isPresent());
        if (found == null && kind == DocumentKind.OFFICIAL) {
            found = outlets.issuer(kept.stream().filter(Lines::isProse).findFirst().orElse(null));
        }
        String title = meta.title() != null ? meta.title() : titles.find(result.head(), lines);
        String outlet = meta.outlet() != null ? meta.outlet() : found == null ? null : found.name();
        String language = meta.language() != null ? meta.language() : LanguageGuesser.guess(text);
        return new CleanDocument(ContentId.of(text), raw.source(), text, title, outlet, kind, language, meta,
                Citation.find(result.boilerplate()), warnings);
    }
}
