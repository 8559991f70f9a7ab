package dev.ryugaku.web.navigation;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/** The addresses of the search's results page: {@code search?q=…}, one kind paged with {@code &kind=TASK&page=2}. */
public final class SearchPages {

    public static final String QUERY = "q";
    public static final String KIND = "kind";
    public static final String PAGE = "page";

    private SearchPages() {
    }

    public static String results() {
        return "search";
    }

    /** The query of a results page: the text, and optionally one kind and its page (from 1). */
    public static QueryParameters query(String text, String kind, Integer page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(QUERY, text);
        if (kind != null) {
            parameters.put(KIND, kind);
        }
        if (page != null && page > 1) {
            parameters.put(PAGE, page.toString());
        }
        return QueryParameters.simple(parameters);
    }
}
