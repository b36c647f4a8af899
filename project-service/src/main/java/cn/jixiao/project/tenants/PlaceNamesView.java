package cn.jixiao.project.tenants;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The names of the districts and streets a person may see, for showing 金辰街道 where the services answer
 * {@code jixiao:panlong:jinchen}. The ids are exactly the qualified ids the services answer with (a project's
 * {@code tenantId}, the overview's {@code streetId}).
 */
@Schema(description = "可见的区和街道名称 / the names of the districts and streets the caller may see",
        example = "{\"districts\":[{\"id\":\"jixiao:panlong\",\"name\":\"盘龙区\",\"disabled\":false,"
                + "\"streets\":[{\"id\":\"jixiao:panlong:jinchen\",\"name\":\"金辰街道\",\"disabled\":false}]}]}")
public record PlaceNamesView(List<District> districts) {

    static final PlaceNamesView NONE = new PlaceNamesView(List.of());

    public PlaceNamesView {
        districts = List.copyOf(districts);
    }

    @Schema(description = "区 / a district")
    public record District(
            @Schema(description = "限定 id / qualified id", example = "jixiao:panlong") String id,
            @Schema(description = "中文名称 / Chinese name", example = "盘龙区") String name,
            @Schema(description = "已停用：其历史数据仍显示此名称 / disabled: its data is still shown under this name") boolean disabled,
            @Schema(description = "调用者可见的街道 / the streets the caller may see") List<Street> streets) {

        public District {
            streets = List.copyOf(streets);
        }
    }

    @Schema(description = "街道 / a street")
    public record Street(
            @Schema(description = "限定 id / qualified id", example = "jixiao:panlong:jinchen") String id,
            @Schema(description = "中文名称 / Chinese name", example = "金辰街道") String name,
            @Schema(description = "已停用：其历史数据仍显示此名称 / disabled: its data is still shown under this name") boolean disabled) {
    }
}
