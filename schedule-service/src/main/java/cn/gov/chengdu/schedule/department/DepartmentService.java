package cn.gov.chengdu.schedule.department;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;
import cn.gov.chengdu.schedule.department.DepartmentApi.CreateDepartment;
import cn.gov.chengdu.schedule.department.DepartmentApi.DepartmentView;
import cn.gov.chengdu.schedule.department.DepartmentApi.UpdateDepartment;

/** The department registry: codes are unique and never change; names may. */
@ApplicationScoped
public class DepartmentService {

    private final DepartmentRepository departments;
    private final BusinessClock clock;

    public DepartmentService(DepartmentRepository departments, BusinessClock clock) {
        this.departments = departments;
        this.clock = clock;
    }

    public Page<DepartmentView> list(Boolean pilot, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        List<Department> rows = departments.page(after == null ? null : after.get(0), pilot, size + 1);
        return Page.fromRows(rows, size, this::view, d -> Cursors.encode(d.code));
    }

    public DepartmentView get(String code) {
        return view(find(code));
    }

    @Transactional
    public DepartmentView create(CreateDepartment request) {
        if (departments.findById(request.code()) != null) {
            throw ProblemException.conflict("DEPARTMENT_EXISTS", "A department with code " + request.code()
                    + " already exists");
        }
        Department department = new Department();
        department.code = request.code();
        department.name = request.name().strip();
        department.englishName = request.englishName();
        department.pilot = request.pilot();
        departments.persistAndFlush(department);
        return view(department);
    }

    @Transactional
    public DepartmentView update(String code, UpdateDepartment request, String ifMatch) {
        Department department = find(code);
        Versions.checkIfMatch(ifMatch, department.version);
        department.name = request.name().strip();
        department.englishName = request.englishName();
        department.pilot = request.pilot();
        departments.flush();
        return view(department);
    }

    private Department find(String code) {
        Department department = departments.findById(code);
        if (department == null) {
            throw ProblemException.notFound("Department " + code);
        }
        return department;
    }

    private DepartmentView view(Department d) {
        return new DepartmentView(d.code, d.name, d.englishName, d.pilot, d.version, clock.toWire(d.createdAt),
                clock.toWire(d.updatedAt));
    }
}
