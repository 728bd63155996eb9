package org.readout.knowledge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolesAndTextTest {

    @Test
    void ranksMostSeniorFirst() {
        assertTrue(Roles.rank(Roles.HEAD_OF_STATE) < Roles.rank(Roles.HEAD_OF_GOVERNMENT));
        assertTrue(Roles.rank(Roles.HEAD_OF_GOVERNMENT) < Roles.rank(Roles.FOREIGN_MINISTER));
        assertTrue(Roles.rank(Roles.FOREIGN_MINISTER) < Roles.rank(Roles.DEFENCE_MINISTER));
        assertTrue(Roles.rank(Roles.DEFENCE_MINISTER) < Roles.rank("minister"));
        assertTrue(Roles.rank("ambassador") < Roles.rank("spokesperson"));
    }

    @Test
    void unknownRoleRanksLast() {
        assertTrue(Roles.rank("court jester") > Roles.rank("spokesperson"));
        assertEquals(Roles.rank("court jester"), Roles.rank("mayor"));
    }

    @Test
    void leaders() {
        assertTrue(Roles.isLeader("head of state"));
        assertTrue(Roles.isLeader("head of government"));
        assertFalse(Roles.isLeader("foreign minister"));
        assertFalse(Roles.isLeader(null));
    }

    @Test
    void principals() {
        assertTrue(Roles.isPrincipal("foreign minister"));
        assertTrue(Roles.isPrincipal("state councilor"));
        assertTrue(Roles.isPrincipal("ambassador"));
        assertFalse(Roles.isPrincipal("spokesperson"));
        assertTrue(Roles.isPrincipal(null), "someone whose office is unknown may still take part");
    }

    @Test
    void roleConstantsAreTheExportNames() {
        assertEquals("head of state", Roles.HEAD_OF_STATE);
        assertEquals("head of government", Roles.HEAD_OF_GOVERNMENT);
        assertEquals("foreign minister", Roles.FOREIGN_MINISTER);
        assertEquals("defence minister", Roles.DEFENCE_MINISTER);
    }

    @Test
    void foldLowersAndStripsAccents() {
        assertEquals("fernandez", Text.fold("Fernández"));
        assertEquals("taro kono", Text.fold("Tarō Kōno"));
    }

    @Test
    void foldStraightensQuotesAndDashes() {
        assertEquals("people's republic", Text.fold("People’s Republic"));
        assertEquals("japan-china", Text.fold("Japan–China"));
        assertEquals("'x'", Text.fold("‘x’"));
    }

    @Test
    void foldStrips() {
        assertEquals("seoul", Text.fold("  Seoul \t"));
    }

    @Test
    void foldAgreesWithPhraseIndexOnAccents() {
        String s = "Élysée Fernández Kōno";
        assertEquals(PhraseIndex.foldSameLength(s), Text.fold(s));
    }
}
