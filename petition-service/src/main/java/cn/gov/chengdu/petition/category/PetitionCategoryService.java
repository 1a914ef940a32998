package cn.gov.chengdu.petition.category;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.time.BusinessClock;
import cn.gov.chengdu.common.web.Cursors;
import cn.gov.chengdu.common.web.Page;
import cn.gov.chengdu.common.web.Versions;
import cn.gov.chengdu.petition.category.PetitionCategoryApi.CategoryView;
import cn.gov.chengdu.petition.category.PetitionCategoryApi.CreateCategory;
import cn.gov.chengdu.petition.category.PetitionCategoryApi.UpdateCategory;

/** Petition categories: codes are unique and never change; the deadline applies to petitions accepted afterwards. */
@ApplicationScoped
public class PetitionCategoryService {

    private final PetitionCategoryRepository categories;
    private final BusinessClock clock;

    public PetitionCategoryService(PetitionCategoryRepository categories, BusinessClock clock) {
        this.categories = categories;
        this.clock = clock;
    }

    public Page<CategoryView> list(String departmentCode, Integer limit, String cursor) {
        int size = Cursors.limit(limit);
        List<String> after = Cursors.decode(cursor, 1);
        List<PetitionCategory> rows = categories.page(after == null ? null : after.get(0), departmentCode, size + 1);
        return Page.fromRows(rows, size, this::view, c -> Cursors.encode(c.code));
    }

    public CategoryView get(String code) {
        return view(find(code));
    }

    @Transactional
    public CategoryView create(CreateCategory request) {
        if (categories.findById(request.code()) != null) {
            throw ProblemException.conflict("PETITION_CATEGORY_EXISTS",
                    "A petition category with code " + request.code() + " already exists");
        }
        PetitionCategory category = new PetitionCategory();
        category.code = request.code();
        apply(category, request.name(), request.departmentCode(), request.deadlineWorkingDays());
        categories.persistAndFlush(category);
        return view(category);
    }

    @Transactional
    public CategoryView update(String code, UpdateCategory request, String ifMatch) {
        PetitionCategory category = find(code);
        Versions.checkIfMatch(ifMatch, category.version);
        apply(category, request.name(), request.departmentCode(), request.deadlineWorkingDays());
        categories.flush();
        return view(category);
    }

    private static void apply(PetitionCategory category, String name, String departmentCode, int deadlineDays) {
        category.name = name.strip();
        category.departmentCode = departmentCode;
        category.deadlineWorkingDays = deadlineDays;
    }

    private PetitionCategory find(String code) {
        PetitionCategory category = categories.findById(code);
        if (category == null) {
            throw ProblemException.notFound("Petition category " + code);
        }
        return category;
    }

    private CategoryView view(PetitionCategory c) {
        return new CategoryView(c.code, c.name, c.departmentCode, c.deadlineWorkingDays, c.version,
                clock.toWire(c.createdAt), clock.toWire(c.updatedAt));
    }
}
