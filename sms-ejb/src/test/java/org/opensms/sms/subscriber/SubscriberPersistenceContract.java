package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * The persistence behaviour every supported database must show: the vendor's migrations apply to an
 * empty schema, the mapping matches them, and subscriber lists page, sort and filter in the database.
 * Each vendor's test supplies a data source to an empty schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SubscriberPersistenceContract {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String[][] PEOPLE = {
            {"Ravi Kumar", "9845000001", "Bengaluru", "KA"},
            {"Anita Sharma", "9845000002", "Delhi", "DL"},
            {"ravindra Patil", "9845000003", "Pune", "MH"},
            {"Meena 100% Iyer", "9845000004", "Chennai", "TN"},
            {"Arjun Das", "9845000005", "Kolkata", "WB"},
            {"Ravi Shankar", "9845000006", "Bengaluru", "KA"}};

    private EntityManagerFactory emf;

    protected abstract DataSource emptySchema() throws Exception;

    @BeforeAll
    void migrateAndOpen() throws Exception {
        emf = TestDatabases.migrateAndOpen(emptySchema());
        CustomerIdScheme ids = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
        inTransaction(em -> {
            SubscriberRepository repo = new SubscriberRepository(em);
            for (String[] p : PEOPLE) {
                Subscriber s = new SubscriberRegistration(p[0], p[1], null, null,
                        new AddressInput("1 Main Road", null, p[2], p[3], "560001"), null)
                        .toSubscriber(NOW, "tester", Surface.SYSTEM);
                repo.add(s);
                s.assignCustomerId(ids.forNumber(s.getId()));
            }
        });
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        TestDatabases.inTransaction(emf, work);
    }

    private <T> T read(java.util.function.Function<SubscriberRepository, T> query) {
        return TestDatabases.read(emf, em -> query.apply(new SubscriberRepository(em)));
    }

    private List<Subscriber> list(SubscriberFilter filter, PageRequest page) {
        return read(r -> r.list(filter, page));
    }

    private long count(SubscriberFilter filter) {
        return read(r -> r.count(filter));
    }

    @Test
    void customerIdsComeFromTheSequenceAndAreUnique() {
        List<Subscriber> all = list(SubscriberFilter.ALL, PageRequest.first(100));
        assertThat(all).hasSize(PEOPLE.length);
        assertThat(all).extracting(s -> s.getCustomerId().value()).doesNotHaveDuplicates().allMatch(id -> id.matches("SMS\\d{8}"));
        assertThat(all.get(0).getStatus()).isEqualTo(SubscriberStatus.REGISTERED);
        assertThat(all.get(0).getRegisteredAt()).isEqualTo(NOW);
    }

    @Test
    void nameFilterIsAPrefixWithoutRegardToCase() {
        List<Subscriber> ravis = list(new SubscriberFilter(null, "ravi", null, null, null, null),
                new PageRequest(0, 10, "name", true));
        assertThat(ravis).extracting(Subscriber::getName).containsExactly("Ravi Kumar", "Ravi Shankar", "ravindra Patil");
    }

    @Test
    void likeWildcardsInFiltersAreTakenLiterally() {
        assertThat(count(new SubscriberFilter(null, "Meena 100%", null, null, null, null))).isEqualTo(1);
        assertThat(count(new SubscriberFilter(null, "%", null, null, null, null))).isZero();
        assertThat(count(new SubscriberFilter(null, "_avi", null, null, null, null))).isZero();
    }

    @Test
    void filtersCombineAndCountMatchesTheList() {
        SubscriberFilter blr = new SubscriberFilter(null, null, null, "Beng", IndianState.KA, SubscriberStatus.REGISTERED);
        assertThat(count(blr)).isEqualTo(2);
        assertThat(list(blr, PageRequest.first(10))).extracting(Subscriber::getName)
                .containsExactlyInAnyOrder("Ravi Kumar", "Ravi Shankar");
        assertThat(count(new SubscriberFilter(null, null, "98450000", null, null, null))).isEqualTo(6);
        assertThat(count(new SubscriberFilter(null, null, null, null, IndianState.DL, null))).isEqualTo(1);
    }

    @Test
    void pagesAreCutInTheDatabaseInSortOrder() {
        List<String> byCityDesc = list(SubscriberFilter.ALL, new PageRequest(1, 2, "city", false))
                .stream().map(s -> s.getBillingAddress().getCity()).toList();
        assertThat(byCityDesc).containsExactly("Kolkata", "Delhi");
    }

    @Test
    void theDatabaseRefusesASecondSubscriberWithTheSameMobile() {
        Subscriber twin = new SubscriberRegistration("Twin", "9845000001", null, null,
                new AddressInput("2 Main Road", null, "Mysuru", "KA", "570001"), null)
                .toSubscriber(NOW, "tester", Surface.SYSTEM);
        assertThatThrownBy(() -> inTransaction(em -> {
            new SubscriberRepository(em).add(twin);
            twin.assignCustomerId(new CustomerIdScheme("TWIN%08d").forNumber(twin.getId()));
            em.flush();
        })).isInstanceOfSatisfying(PersistenceException.class,
                e -> assertThat(ConstraintViolation.names(e, "uk_subscriber_mobile")).isTrue());
        assertThat(count(SubscriberFilter.ALL)).isEqualTo(PEOPLE.length);
    }
}
