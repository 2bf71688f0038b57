package dev.rapport.platform.plugin;

import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.StaffDirectory;
import dev.rapport.sdk.security.UserInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The SDK's view of departments and users, over the kernel's directories. */
final class SdkStaffDirectory implements StaffDirectory {

    private final UserDirectory users;
    private final DepartmentDirectory departments;

    SdkStaffDirectory(UserDirectory users, DepartmentDirectory departments) {
        this.users = users;
        this.departments = departments;
    }

    @Override
    public List<Department> departments() {
        return departments.all();
    }

    @Override
    public Optional<Department> department(long departmentId) {
        return departments.find(departmentId);
    }

    @Override
    public Optional<Department> departmentByCode(String code) {
        return code == null ? Optional.empty() : departments.findByCode(code);
    }

    @Override
    public Optional<UserInfo> user(long userId) {
        return users.find(userId).map(user -> toInfo(user, departmentsById()));
    }

    @Override
    public List<UserInfo> activeUsers() {
        Map<Long, Department> byId = departmentsById();
        return users.activeUsers().stream().map(user -> toInfo(user, byId)).toList();
    }

    @Override
    public List<UserInfo> members(long departmentId) {
        Map<Long, Department> byId = departmentsById();
        return users.activeUsers().stream().filter(user -> user.departmentIds().contains(departmentId))
                .sorted(Comparator.comparingLong(User::id)).map(user -> toInfo(user, byId)).toList();
    }

    private Map<Long, Department> departmentsById() {
        return departments.all().stream().collect(Collectors.toMap(Department::id, Function.identity()));
    }

    /** A kernel user as plugins see them, with their departments by name. */
    static UserInfo toInfo(User user, Map<Long, Department> departmentsById) {
        return new UserInfo(user.id(), user.username(), user.displayName(), user.role(),
                user.departmentIds().stream().map(departmentsById::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(Department::name)).toList());
    }
}
