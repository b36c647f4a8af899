package cn.jixiao.project.tenants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The realm in memory, for the service tests of the rules: groups by path and accounts with their temporary
 * passwords and ended sessions. It stands in for Keycloak only; the Keycloak implementation itself is exercised
 * end to end against the real server (system-tests, TenantOnboardingThread).
 */
class InMemoryTenantDirectory implements TenantDirectory {

    record Account(DirectoryAccount account, String temporaryPassword, int sessionsEnded) {
    }

    private final Map<String, DirectoryGroup> groups = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    /** Back to the demo realm's tree: 盘龙区 with 金辰 and 拓东, 五华区 with 华山, and no accounts. */
    synchronized void reset() {
        groups.clear();
        accounts.clear();
        DirectoryGroup panlong = createDistrictGroup("panlong", "盘龙区");
        createStreetGroup(panlong, "jinchen", "金辰街道");
        createStreetGroup(panlong, "tuodong", "拓东街道");
        DirectoryGroup wuhua = createDistrictGroup("wuhua", "五华区");
        createStreetGroup(wuhua, "huashan", "华山街道");
    }

    /** An account as the realm import makes it, without a temporary password. */
    String existing(String username, String groupPath, String... roles) {
        String id = UUID.randomUUID().toString();
        accounts.put(id, new Account(new DirectoryAccount(id, username, null, null, null, true, List.of(groupPath),
                Set.of(roles)), null, 0));
        return id;
    }

    Account stored(String accountId) {
        return accounts.get(accountId);
    }

    Optional<Account> byUsername(String username) {
        return accounts.values().stream().filter(account -> account.account().username().equals(username)).findFirst();
    }

    @Override
    public synchronized Optional<DirectoryGroup> group(String path) {
        return Optional.ofNullable(groups.get(path));
    }

    @Override
    public synchronized List<DirectoryGroup> districtsWithStreets() {
        return groups.values().stream()
                .filter(group -> group.path().lastIndexOf('/') == 0)
                .map(district -> new DirectoryGroup(district.id(), district.path(), district.name(), district.displayName(),
                        groups.values().stream().filter(street -> street.path().startsWith(district.path() + "/")).toList()))
                .toList();
    }

    @Override
    public synchronized DirectoryGroup createDistrictGroup(String name, String displayName) {
        return add("/" + name, name, displayName);
    }

    @Override
    public synchronized DirectoryGroup createStreetGroup(DirectoryGroup district, String name, String displayName) {
        return add(district.path() + "/" + name, name, displayName);
    }

    private DirectoryGroup add(String path, String name, String displayName) {
        if (groups.containsKey(path)) {
            throw new IllegalStateException("409 group exists " + path);
        }
        DirectoryGroup group = new DirectoryGroup(UUID.randomUUID().toString(), path, name, displayName, List.of());
        groups.put(path, group);
        return group;
    }

    @Override
    public synchronized void deleteGroup(DirectoryGroup group) {
        groups.remove(group.path());
    }

    @Override
    public boolean usernameTaken(String username) {
        return byUsername(username).isPresent();
    }

    @Override
    public String createAccount(NewAccount account, DirectoryGroup group, Set<String> realmRoles, String temporaryPassword) {
        if (usernameTaken(account.username())) {
            throw new AccountTaken(account.username());
        }
        String id = UUID.randomUUID().toString();
        accounts.put(id, new Account(new DirectoryAccount(id, account.username(), account.firstName(), account.lastName(),
                account.email(), true, List.of(group.path()), realmRoles), temporaryPassword, 0));
        return id;
    }

    @Override
    public List<DirectoryAccount> members(DirectoryGroup group) {
        List<DirectoryAccount> members = new ArrayList<>();
        accounts.values().forEach(account -> {
            if (account.account().groupPaths().contains(group.path())) {
                members.add(account.account());
            }
        });
        return members;
    }

    @Override
    public Optional<DirectoryAccount> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId)).map(Account::account);
    }

    @Override
    public void setEnabled(String accountId, boolean enabled) {
        accounts.computeIfPresent(accountId, (id, stored) -> {
            DirectoryAccount account = stored.account();
            return new Account(new DirectoryAccount(id, account.username(), account.firstName(), account.lastName(),
                    account.email(), enabled, account.groupPaths(), account.realmRoles()), stored.temporaryPassword(),
                    stored.sessionsEnded());
        });
    }

    @Override
    public void endSessions(String accountId) {
        accounts.computeIfPresent(accountId, (id, stored) ->
                new Account(stored.account(), stored.temporaryPassword(), stored.sessionsEnded() + 1));
    }

    @Override
    public void delete(String accountId) {
        accounts.remove(accountId);
    }
}
