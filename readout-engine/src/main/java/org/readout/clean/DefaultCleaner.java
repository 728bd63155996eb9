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
 * outlet, kind and language the document supports, with the general rules and, for a page of a site of sites.tsv,
 * the site's. Metadata given with the document wins over what the page says.
 * What it had to change to read a document at all (invalid bytes replaced, deep HTML flattened) is in its warnings.
 */
public final class DefaultCleaner implements Cleaner {
    static final String NO_TEXT = "no article text found";

    private final CleaningRules rules;
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
        this.rules = rules;
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
        PageRules site = rules.at(raw.meta().url());
        if (isHtml) {
            HtmlExtractor.Page page = new HtmlExtractor(site.junk()).extract(decoded, raw.meta().url());
            lines = page.lines();
            pageMeta = page.meta();
            warnings.addAll(page.warnings());
        } else {
            String text = TextNormalizer.normalize(decoded);
            lines = extension.equals("md") ? TextBlocks.markdown(text) : TextBlocks.plain(text);
        }
        lines = dateStamps.split(lines);
        String url = raw.meta().url() != null ? raw.meta().url() : pageMeta.url();
        if (raw.meta().url() == null) site = url != null ? rules.at(url) : rules.signedIn(lines);
        JunkFilter.Result result = new JunkFilter(site.junk()).filter(lines, !isHtml);
        List<String> kept = DuplicateFilter.filter(result.kept());
        if (kept.stream().noneMatch(line -> line.chars().anyMatch(Character::isLetter))) {
            throw new InputRejected(raw.source(), NO_TEXT);
        }
        String text = String.join("\n\n", kept);
        SourceMeta meta = raw.meta().orElse(pageMeta);

        Outlet found = site.outlets().find(result.head(), result.boilerplate());
        DocumentKind kind = site.kinds().classify(result.head(), lines, kept, found, url, governmentSites.countryOf(url).isPresent());
        if (found == null && kind == DocumentKind.OFFICIAL) {
            found = site.outlets().issuer(kept.stream().filter(Lines::isProse).findFirst().orElse(null));
        }
        String title = meta.title() != null ? meta.title() : new TitleFinder(site.junk()).find(result.head(), lines);
        String outlet = meta.outlet() != null ? meta.outlet() : found == null ? null : found.name();
        String language = meta.language() != null ? meta.language() : LanguageGuesser.guess(text);
        return new CleanDocument(ContentId.of(text), raw.source(), text, title, outlet, kind, language, meta,
                Citation.find(result.boilerplate()), warnings);
    }
}
