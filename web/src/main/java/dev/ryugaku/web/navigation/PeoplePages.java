package dev.ryugaku.web.navigation;

/** The addresses of the people feature's pages. */
public final class PeoplePages {

    private PeoplePages() {
    }

    public static String people() {
        return "admin/people";
    }

    public static String newPerson() {
        return "admin/people/new";
    }

    public static String person(long personId) {
        return "admin/people/" + personId;
    }

    public static String importPeople() {
        return "admin/people/import";
    }

    public static String teams() {
        return "admin/teams";
    }
}
